import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { authTokens } from "@/db/schema";

type Purpose = "verify_email" | "reset_password";

export const tokenLifetimeMs: Record<Purpose, number> = {
  verify_email: 3 * 24 * 3600_000,
  reset_password: 3600_000,
};

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/** Issues a single-use link token; only its hash is stored. */
export async function issueToken(db: Executor, userId: string, purpose: Purpose): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(authTokens).values({
    userId,
    purpose,
    tokenHash: digest(token),
    expiresAt: new Date(Date.now() + tokenLifetimeMs[purpose]),
  });
  return token;
}

/** Marks a token used and returns its user, or the reason it cannot be used. */
export async function consumeToken(
  db: Executor,
  token: string,
  purpose: Purpose,
): Promise<{ userId: string } | { error: "tokenInvalid" | "tokenExpired" | "tokenUsed" }> {
  const [row] = await db
    .select()
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, digest(token)), eq(authTokens.purpose, purpose)))
    .for("update");
  if (!row) return { error: "tokenInvalid" };
  if (row.usedAt) return { error: "tokenUsed" };
  if (row.expiresAt.getTime() < Date.now()) return { error: "tokenExpired" };
  // Any other open links of the same kind die with this one.
  await db
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(authTokens.userId, row.userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
  return { userId: row.userId };
}

/** Links issued in the last hour: a cap that keeps the mail forms from flooding a mailbox. */
export async function recentTokens(db: Executor, userId: string, purpose: Purpose): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(authTokens)
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), gt(authTokens.createdAt, new Date(Date.now() - 3600_000))));
  return row?.n ?? 0;
}
