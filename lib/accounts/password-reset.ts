import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { logAudit } from "@/lib/activity/log";
import { hashPassword, isWeakPassword } from "@/lib/auth/password";
import { fail, fromZod, ok, type Result } from "@/lib/errors";
import { deliverQueuedMail, queueMail } from "@/lib/mail/send";
import { composeMail } from "@/lib/mail/templates";
import { forgotPasswordSchema, resetPasswordSchema } from "./schemas";
import { consumeToken, issueToken, recentTokens } from "./tokens";

/** E-mails a reset link when the address belongs to a live account; the answer is the same either way. */
export async function requestPasswordReset({ input, baseUrl }: { input: unknown; baseUrl: string }): Promise<Result> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(and(eq(users.email, parsed.data.email), ne(users.status, "deleted"), isNull(users.deletedAt)));
    if (!user || (await recentTokens(tx, user.id, "reset_password")) >= 5) return;
    const token = await issueToken(tx, user.id, "reset_password");
    const link = `${baseUrl}/${user.locale}/reset-password?token=${token}`;
    await queueMail(tx, composeMail(user.email!, user.locale, "resetPassword", { name: user.fullName, link }));
  });
  deliverQueuedMail();
  return ok();
}

/** Sets a new password from a reset link; every existing session of the user ends. */
export async function resetPassword({ input, ip }: { input: unknown; ip: string }): Promise<Result> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  if (isWeakPassword(parsed.data.password)) return fail("invalid", { password: "passwordWeak" });
  const db = await getDb();
  const passwordHash = await hashPassword(parsed.data.password);
  return db.transaction(async (tx) => {
    const used = await consumeToken(tx, parsed.data.token, "reset_password");
    if ("error" in used) return fail(used.error);
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: new Date() })
      .where(eq(users.id, used.userId));
    await logAudit(tx, { actorId: used.userId, action: "user.passwordReset", targetType: "user", targetId: used.userId, ipAddress: ip });
    return ok();
  });
}
