import "server-only";
import { and, count, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { userRoles, users, type PlatformRole, type User } from "@/db/schema";
import { logAudit } from "@/lib/activity/log";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { deliverQueuedMail, queueMail } from "@/lib/mail/send";
import { composeMail } from "@/lib/mail/templates";
import { platformRoles } from "@/lib/reference/roles";
import { blockSchema, setRolesSchema, userRefSchema } from "./schemas";

// Every write here: `users.manage` checked before anything is read, the input parsed with the
// form's own schema, then one transaction that also writes the audit row, so a refusal or a
// failure anywhere leaves nothing behind. Blocking and role changes bump the session version:
// the user's very next request is refused and re-reads who they are (SECURITY.md 5).

type Caller = { actor: Actor | null; input: unknown; ip: string };

// Serializes the administrator count check with the change that follows it, across app instances:
// two administrators demoting each other at once must not leave the platform with none.
const userAdministrationLock = 724_302;

async function lockUserAdministration(tx: Executor) {
  await tx.execute(sql`select pg_advisory_xact_lock(${userAdministrationLock})`);
}

/** Administrators who can act: the role and an active account. */
async function activeAdministrators(tx: Executor, except: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "administrator")))
    .where(and(eq(users.status, "active"), ne(users.id, except)));
  return row?.n ?? 0;
}

/**
 * The caller's own account and roles, read again under the lock: an administrator blocked or
 * demoted a moment ago still carries the old roles in `actor`, and must not act on them.
 */
async function assertStillAllowed(tx: Executor, actor: Actor) {
  const [row] = await tx.select({ status: users.status }).from(users).where(eq(users.id, actor.id));
  const roles = await tx.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, actor.id));
  if (row?.status !== "active") throw new DomainError("forbidden");
  assertCan({ id: actor.id, roles: roles.map((r) => r.role) }, "users.manage");
}

type Target = { ok: true; user: User; roles: PlatformRole[] } | { ok: false; error: string };

/** Locks the account being changed; an erased account is kept only for its posts and stays as it is. */
async function lockTarget(tx: Executor, actor: Actor, userId: string): Promise<Target> {
  await lockUserAdministration(tx);
  await assertStillAllowed(tx, actor);
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
  if (!user) return { ok: false, error: "userMissing" };
  if (user.status === "deleted") return { ok: false, error: "userDeleted" };
  const rows = await tx.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  return { ok: true, user, roles: platformRoles.filter((r) => rows.some((row) => row.role === r)) };
}

/** Replaces the user's platform roles with the checked ones. */
export async function setUserRoles({ actor, input, ip }: Caller): Promise<Result<{ changed: boolean }>> {
  assertCan(actor, "users.manage");
  const parsed = setRolesSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { userId, roles } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await lockTarget(tx, actor, userId);
    if (!target.ok) return fail(target.error);
    const before = target.roles;
    const added = roles.filter((r) => !before.includes(r));
    const removed = before.filter((r) => !roles.includes(r));
    if (added.length === 0 && removed.length === 0) return ok({ changed: false });

    if (removed.includes("administrator")) {
      if (target.user.status === "active" && (await activeAdministrators(tx, userId)) === 0) return fail("invalid", { roles: "lastAdministrator" });
      if (userId === actor.id) return fail("invalid", { roles: "ownAdministratorRole" });
    }

    if (removed.length > 0) await tx.delete(userRoles).where(and(eq(userRoles.userId, userId), inArray(userRoles.role, removed)));
    if (added.length > 0) await tx.insert(userRoles).values(added.map((role) => ({ userId, role })));
    await tx
      .update(users)
      .set({
        updatedAt: new Date(),
        // The administrator's own session is not ended for granting themselves a role; roles are read per request anyway.
        ...(userId === actor.id ? {} : { sessionVersion: sql`${users.sessionVersion} + 1` }),
      })
      .where(eq(users.id, userId));
    await logAudit(tx, { actorId: actor.id, action: "user.changeRoles", targetType: "user", targetId: userId, ipAddress: ip, details: { before, after: roles } });
    return ok({ changed: true });
  });
}

/** Blocks the account with a reason: its sessions end and it cannot sign in until unblocked. */
export async function blockUser({ actor, input, ip }: Caller): Promise<Result> {
  assertCan(actor, "users.manage");
  const parsed = blockSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { userId, reason } = parsed.data;
  if (userId === actor.id) return fail("selfBlock");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await lockTarget(tx, actor, userId);
    if (!target.ok) return fail(target.error);
    if (target.user.status === "blocked") return fail("alreadyBlocked");
    if (target.roles.includes("administrator") && target.user.status === "active" && (await activeAdministrators(tx, userId)) === 0) return fail("lastAdministrator");
    await tx
      .update(users)
      .set({ status: "blocked", blockedReason: reason, updatedAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId));
    await logAudit(tx, { actorId: actor.id, action: "user.block", targetType: "user", targetId: userId, ipAddress: ip, details: { reason, previousStatus: target.user.status } });
    return ok();
  });
}

/** Lifts a block: the account is active again (sessions from before the block stay ended). */
export async function unblockUser({ actor, input, ip }: Caller): Promise<Result> {
  assertCan(actor, "users.manage");
  const parsed = userRefSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { userId } = parsed.data;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const target = await lockTarget(tx, actor, userId);
    if (!target.ok) return fail(target.error);
    if (target.user.status !== "blocked") return fail("notBlocked");
    await tx.update(users).set({ status: "active", blockedReason: null, updatedAt: new Date() }).where(eq(users.id, userId));
    await logAudit(tx, { actorId: actor.id, action: "user.unblock", targetType: "user", targetId: userId, ipAddress: ip, details: { reason: target.user.blockedReason } });
    return ok();
  });
}

/** Confirms an account that waits for approval and tells its owner by mail, in the same transaction. */
export async function approveUser({ actor, input, ip, baseUrl }: Caller & { baseUrl: string }): Promise<Result> {
  assertCan(actor, "users.manage");
  const parsed = userRefSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const { userId } = parsed.data;
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const target = await lockTarget(tx, actor, userId);
    if (!target.ok) return fail(target.error);
    const { user } = target;
    if (user.status !== "pending_approval") return fail("notPending");
    await tx.update(users).set({ status: "active", updatedAt: new Date() }).where(eq(users.id, userId));
    if (user.email) {
      const link = `${baseUrl}/${user.locale === "en" ? "en" : "ru"}/sign-in`;
      await queueMail(tx, composeMail(user.email, user.locale, "accountApproved", { name: user.fullName, link }));
    }
    await logAudit(tx, { actorId: actor.id, action: "user.approve", targetType: "user", targetId: userId, ipAddress: ip });
    return ok();
  });
  if (result.ok) deliverQueuedMail();
  return result;
}
