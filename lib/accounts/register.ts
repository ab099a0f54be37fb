import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consents, organizations, userRoles, users, type ConsentDocument } from "@/db/schema";
import { logActivity, logAudit } from "@/lib/activity/log";
import { hashPassword, isWeakPassword } from "@/lib/auth/password";
import { fail, fromZod, ok, type Result } from "@/lib/errors";
import { composeMail } from "@/lib/mail/templates";
import { deliverQueuedMail, queueMail } from "@/lib/mail/send";
import { defaultTimeZone, isTimeZone } from "@/lib/reference/time-zones";
import { readSettings } from "@/lib/settings/queries";
import { consentVersions } from "./consent-documents";
import { registerSchema } from "./schemas";
import { issueToken } from "./tokens";

type RegisterArgs = { input: unknown; ip: string; locale: string; baseUrl: string };

/** Creates an account with its consents and sends the confirmation link; all or nothing. */
export async function registerUser({ input, ip, locale, baseUrl }: RegisterArgs): Promise<Result<{ userId: string; needsApproval: boolean }>> {
  const parsed = registerSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const data = parsed.data;
  // zxcvbn matches user inputs as whole words: pass the e-mail's local part and each name separately.
  const userInputs = [data.email, data.email.split("@")[0] ?? "", ...data.fullName.split(/\s+/)].filter((s) => s.length >= 3);
  if (isWeakPassword(data.password, userInputs)) return fail("invalid", { password: "passwordWeak" });

  const db = await getDb();
  const passwordHash = await hashPassword(data.password);
  const settings = await readSettings(db);

  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email));
    if (taken) return fail("invalid", { email: "emailTaken" });

    let organizationId = data.organizationId;
    if (organizationId) {
      const [known] = await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(and(eq(organizations.id, organizationId), eq(organizations.status, "approved")));
      if (!known) return fail("invalid", { organizationId: "organizationUnknown" });
    }

    const [user] = await tx
      .insert(users)
      .values({
        email: data.email,
        passwordHash,
        fullName: data.fullName,
        position: data.position,
        subjects: data.subjects,
        locale: locale === "en" ? "en" : "ru",
        timeZone: data.timeZone && isTimeZone(data.timeZone) ? data.timeZone : defaultTimeZone,
        status: settings.requireAccountApproval ? "pending_approval" : "active",
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    // A concurrent double submit loses the race on the unique index, not with a 500.
    if (!user) return fail("invalid", { email: "emailTaken" });

    if (!organizationId) {
      const [requested] = await tx
        .insert(organizations)
        .values({
          name: data.newOrganizationName,
          kind: data.newOrganizationKind || "other",
          municipality: data.newOrganizationMunicipality,
          status: "pending",
          requestedById: user.id,
        })
        .returning({ id: organizations.id });
      organizationId = requested!.id;
      await logActivity(tx, { actorId: user.id, verb: "organization.requested", objectType: "organization", objectId: organizationId });
    }
    await tx.update(users).set({ organizationId }).where(eq(users.id, user.id));
    await tx.insert(userRoles).values({ userId: user.id, role: "participant" });

    const accepted: ConsentDocument[] = ["rules", "personal_data", ...(data.acceptProfileVisibility ? (["profile_visibility"] as const) : [])];
    await tx.insert(consents).values(accepted.map((document) => ({ userId: user.id, document, version: consentVersions[document], ipAddress: ip })));

    const token = await issueToken(tx, user.id, "verify_email");
    const link = `${baseUrl}/${locale}/verify-email?token=${token}`;
    await queueMail(tx, composeMail(data.email, locale, "verifyEmail", { name: data.fullName, link }));

    await logActivity(tx, { actorId: user.id, verb: "user.registered", objectType: "user", objectId: user.id });
    await logAudit(tx, { actorId: user.id, action: "user.register", targetType: "user", targetId: user.id, ipAddress: ip, details: { consents: accepted } });
    return ok({ userId: user.id, needsApproval: settings.requireAccountApproval });
  }).then((result) => {
    if (result.ok) deliverQueuedMail();
    return result;
  });
}
