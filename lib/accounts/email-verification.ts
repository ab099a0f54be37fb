import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { fail, fromZod, ok, type Result } from "@/lib/errors";
import { deliverQueuedMail, queueMail } from "@/lib/mail/send";
import { composeMail } from "@/lib/mail/templates";
import { forgotPasswordSchema } from "./schemas";
import { consumeToken, issueToken, recentTokens } from "./tokens";

export async function verifyEmail({ token }: { token: string }): Promise<Result> {
  if (!token || token.length > 200) return fail("tokenInvalid");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const used = await consumeToken(tx, token, "verify_email");
    if ("error" in used) return fail(used.error);
    await tx.update(users).set({ emailVerifiedAt: new Date(), updatedAt: new Date() }).where(and(eq(users.id, used.userId), isNull(users.emailVerifiedAt)));
    await logActivity(tx, { actorId: used.userId, verb: "user.emailVerified", objectType: "user", objectId: used.userId });
    return ok();
  });
}

/** Sends a fresh confirmation link; says nothing about whether the address is registered. */
export async function resendVerification({ input, baseUrl }: { input: unknown; baseUrl: string }): Promise<Result> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(and(eq(users.email, parsed.data.email), isNull(users.emailVerifiedAt)));
    if (!user || (await recentTokens(tx, user.id, "verify_email")) >= 5) return;
    const token = await issueToken(tx, user.id, "verify_email");
    const link = `${baseUrl}/${user.locale}/verify-email?token=${token}`;
    await queueMail(tx, composeMail(user.email!, user.locale, "verifyEmail", { name: user.fullName, link }));
  });
  deliverQueuedMail();
  return ok();
}
