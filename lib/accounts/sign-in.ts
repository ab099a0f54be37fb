import "server-only";
import { and, eq, gt, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { signInFailures, users } from "@/db/schema";
import { logActivity, logAudit } from "@/lib/activity/log";
import { verifyPassword } from "@/lib/auth/password";
import { fail, ok, type Result } from "@/lib/errors";
import { signInSchema } from "./schemas";

// SECURITY.md 6: the sixth failure within 15 minutes, per account or per address, is refused.
export const signInWindowMs = 15 * 60_000;
export const signInMaxFailures = 5;

export type SignInRefusal = "invalid" | "invalidCredentials" | "throttled" | "blocked" | "pendingApproval" | "emailNotVerified";

/** Checks credentials for next-auth; an unknown e-mail and a wrong password look the same. */
export async function authenticate({ input, ip }: { input: unknown; ip: string }): Promise<Result<{ id: string; sessionVersion: number }>> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return fail("invalidCredentials");
  const { email, password } = parsed.data;
  const db = await getDb();

  // The attempt is recorded as a failure before it is judged, so parallel guesses count against
  // each other: checking first and inserting after the (slow) argon2 verify let a burst of
  // requests all pass the check. Anything but a wrong password removes the row again.
  const [attempt] = await db.insert(signInFailures).values({ email, ipAddress: ip }).returning({ id: signInFailures.id });
  const forgetAttempt = () => db.delete(signInFailures).where(eq(signInFailures.id, attempt!.id));
  if (await failuresAtLeast(email, ip, signInMaxFailures + 1)) {
    await forgetAttempt();
    return fail("throttled");
  }

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || user.status === "deleted") return fail("invalidCredentials");
  if (user.status !== "active" || !user.emailVerifiedAt) await forgetAttempt();
  if (user.status === "blocked") return fail("blocked");
  if (user.status === "pending_approval") return fail("pendingApproval");
  if (!user.emailVerifiedAt) return fail("emailNotVerified");

  await db.transaction(async (tx) => {
    await tx.delete(signInFailures).where(eq(signInFailures.email, email));
    await logActivity(tx, { actorId: user.id, verb: "user.signedIn", objectType: "user", objectId: user.id });
    await logAudit(tx, { actorId: user.id, action: "auth.signIn", targetType: "user", targetId: user.id, ipAddress: ip });
  });
  return ok({ id: user.id, sessionVersion: user.sessionVersion });
}

/** True once the account or the address has `signInMaxFailures` failures in the window: the next attempt is refused. */
export async function isThrottled(email: string, ip: string): Promise<boolean> {
  return failuresAtLeast(email, ip, signInMaxFailures);
}

async function failuresAtLeast(email: string, ip: string, limit: number): Promise<boolean> {
  const db = await getDb();
  const since = new Date(Date.now() - signInWindowMs);
  const [row] = await db
    .select({
      byEmail: sql<number>`count(*) filter (where ${signInFailures.email} = ${email})::int`,
      byIp: sql<number>`count(*) filter (where ${signInFailures.ipAddress} = ${ip})::int`,
    })
    .from(signInFailures)
    .where(and(gt(signInFailures.createdAt, since), or(eq(signInFailures.email, email), eq(signInFailures.ipAddress, ip))));
  return (row?.byEmail ?? 0) >= limit || (row?.byIp ?? 0) >= limit;
}
