import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { consents, type ConsentDocument } from "@/db/schema";
import { logAudit } from "@/lib/activity/log";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, fromZod, ok, type Result } from "@/lib/errors";
import { consentVersions } from "./consent-documents";
import { eraseAccount } from "./erase";
import { consentsSchema } from "./schemas";

/** Records acceptance of the current versions, e.g. after a document changed. */
export async function acceptConsents({ actor, input, ip }: { actor: Actor | null; input: unknown; ip: string }): Promise<Result> {
  if (!actor) throw new DomainError("unauthenticated");
  const parsed = consentsSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const documents: ConsentDocument[] = ["rules", "personal_data", ...(parsed.data.acceptProfileVisibility ? (["profile_visibility"] as const) : [])];
  const db = await getDb();
  await db.transaction(async (tx) => {
    for (const document of documents) await recordConsent(tx, actor.id, document, ip);
    if (!parsed.data.acceptProfileVisibility) await withdraw(tx, actor.id, "profile_visibility");
    await logAudit(tx, { actorId: actor.id, action: "consent.accept", targetType: "user", targetId: actor.id, ipAddress: ip, details: { documents } });
  });
  return ok();
}

/** Turns showing the profile to other members on or off. */
export async function setProfileVisibility({ actor, visible, ip }: { actor: Actor | null; visible: boolean; ip: string }): Promise<Result> {
  if (!actor) throw new DomainError("unauthenticated");
  const db = await getDb();
  await db.transaction(async (tx) => {
    if (visible) await recordConsent(tx, actor.id, "profile_visibility", ip);
    else await withdraw(tx, actor.id, "profile_visibility");
    await logAudit(tx, { actorId: actor.id, action: visible ? "consent.accept" : "consent.withdraw", targetType: "user", targetId: actor.id, ipAddress: ip, details: { documents: ["profile_visibility"] } });
  });
  return ok();
}

/** Withdrawing consent to personal-data processing ends the account (152-FZ art. 9): it is erased. */
export async function withdrawPersonalDataConsent({ actor, ip }: { actor: Actor | null; ip: string }): Promise<Result> {
  if (!actor) throw new DomainError("unauthenticated");
  return eraseAccount({ userId: actor.id, actorId: actor.id, ip, reason: "consentWithdrawn" });
}

async function recordConsent(tx: Executor, userId: string, document: ConsentDocument, ip: string) {
  const [current] = await tx
    .select({ id: consents.id })
    .from(consents)
    .where(and(eq(consents.userId, userId), eq(consents.document, document), eq(consents.version, consentVersions[document]), isNull(consents.withdrawnAt)));
  if (!current) await tx.insert(consents).values({ userId, document, version: consentVersions[document], ipAddress: ip });
}

async function withdraw(tx: Executor, userId: string, document: ConsentDocument) {
  await tx
    .update(consents)
    .set({ withdrawnAt: new Date() })
    .where(and(eq(consents.userId, userId), eq(consents.document, document), isNull(consents.withdrawnAt)));
}
