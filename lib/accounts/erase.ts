import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { authTokens, consents, users } from "@/db/schema";
import { logActivity, logAudit } from "@/lib/activity/log";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { deleteAccountSchema } from "./schemas";

/** The user deletes their own account, confirming with the password. */
export async function deleteOwnAccount({ actor, input, ip }: { actor: Actor | null; input: unknown; ip: string }): Promise<Result> {
  if (!actor) throw new DomainError("unauthenticated");
  const parsed = deleteAccountSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const db = await getDb();
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!(await verifyPassword(user?.passwordHash ?? null, parsed.data.password))) return fail("invalid", { password: "passwordWrong" });
  return eraseAccount({ userId: actor.id, actorId: actor.id, ip, reason: "deletedByUser" });
}

/**
 * Disables the account at once and erases its personal data (SECURITY.md 16). The row stays so
 * that the user's posts remain, shown as "deleted user"; the erasure itself is recorded.
 */
export async function eraseAccount({ userId, actorId, ip, reason }: { userId: string; actorId: string; ip: string; reason: string }): Promise<Result> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        status: "deleted",
        email: null,
        passwordHash: null,
        fullName: "",
        position: "",
        subjects: [],
        phone: null,
        about: "",
        organizationId: null,
        blockedReason: null,
        deletedAt: new Date(),
        updatedAt: new Date(),
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, userId));
    await tx.update(consents).set({ withdrawnAt: new Date() }).where(and(eq(consents.userId, userId), isNull(consents.withdrawnAt)));
    await tx.delete(authTokens).where(eq(authTokens.userId, userId));
    await logActivity(tx, { actorId, verb: "user.erased", objectType: "user", objectId: userId });
    await logAudit(tx, { actorId, action: "user.erase", targetType: "user", targetId: userId, ipAddress: ip, details: { reason } });
  });
  return ok();
}
