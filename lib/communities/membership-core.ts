import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { communities, communityMemberships, organizationRepresentatives, organizations, users, type Community, type CommunityMembership } from "@/db/schema";
import { DomainError, fail, ok, type Result } from "@/lib/errors";

// The row-level steps every membership change shares: lock, find or create the single row, move it.

/** A person, or an organization acting through its representative. */
export type Member = { userId: string } | { organizationId: string };

/**
 * The community, share-locked for the transaction so a liquidation cannot commit in between;
 * a liquidated one refuses every change.
 */
export async function lockOpenCommunity(tx: Executor, communityId: string): Promise<Result<Community>> {
  const [community] = await tx.select().from(communities).where(eq(communities.id, communityId)).for("share");
  if (!community) throw new DomainError("notFound");
  if (community.liquidatedAt) return fail("communityArchived");
  return ok(community);
}

export function memberWhere(communityId: string, member: Member) {
  return and(eq(communityMemberships.communityId, communityId), "userId" in member ? eq(communityMemberships.userId, member.userId) : eq(communityMemberships.organizationId, member.organizationId));
}

/** The member's row here, locked for update, or undefined. */
export async function lockMembership(tx: Executor, communityId: string, member: Member): Promise<CommunityMembership | undefined> {
  const [row] = await tx.select().from(communityMemberships).where(memberWhere(communityId, member)).for("update");
  return row;
}

export type NewState = { status: "pending" | "active" | "invited"; message?: string; actedById: string };

function rowValues(next: NewState, now: Date) {
  return {
    status: next.status,
    role: "member" as const,
    message: next.message ?? "",
    reason: "",
    actedById: next.actedById,
    decidedById: null,
    decidedAt: null,
    joinedAt: next.status === "active" ? now : null,
    updatedAt: now,
  };
}

/**
 * Puts the member's single row into the state `decide` picks: inserted when there is none (ON
 * CONFLICT makes a concurrent twin wait, then find and lock this row), reused after a rejection,
 * withdrawal, leave or removal. `decide` sees the previous row (undefined when new) and may refuse.
 */
export async function upsertMembership(
  tx: Executor,
  communityId: string,
  member: Member,
  decide: (previous: CommunityMembership | undefined) => Result<NewState>,
): Promise<Result<{ id: string; status: NewState["status"]; previous?: CommunityMembership }>> {
  const now = new Date();
  const existing = await lockMembership(tx, communityId, member);
  if (!existing) {
    const fresh = decide(undefined);
    if (!fresh.ok) return fresh;
    const target = "userId" in member ? [communityMemberships.communityId, communityMemberships.userId] : [communityMemberships.communityId, communityMemberships.organizationId];
    const [inserted] = await tx
      .insert(communityMemberships)
      .values({ communityId, ...member, ...rowValues(fresh.data, now) })
      .onConflictDoNothing({ target })
      .returning({ id: communityMemberships.id });
    if (inserted) return ok({ id: inserted.id, status: fresh.data.status });
  }
  // Present before, or inserted by a concurrent twin that has committed meanwhile.
  const previous = existing ?? (await lockMembership(tx, communityId, member));
  if (!previous) return fail("conflict");
  const next = decide(previous);
  if (!next.ok) return next;
  await tx.update(communityMemberships).set(rowValues(next.data, now)).where(eq(communityMemberships.id, previous.id));
  return ok({ id: previous.id, status: next.data.status, previous });
}

/** Refuses states that are still live: a member, a pending request, an open invitation. */
export function refuseLive(previous: CommunityMembership): Result {
  if (previous.status === "active") return fail("alreadyMember");
  if (previous.status === "pending") return fail("alreadyRequested");
  if (previous.status === "invited") return fail("invitationPending");
  return ok();
}

/**
 * The viewer acts for the organization only while named its representative and still on its staff,
 * and only for an approved organization.
 */
export async function assertRepresents(tx: Executor, userId: string, organizationId: string): Promise<void> {
  const [row] = await tx
    .select({ status: organizations.status, staffOf: users.organizationId })
    .from(organizationRepresentatives)
    .innerJoin(organizations, eq(organizations.id, organizationRepresentatives.organizationId))
    .innerJoin(users, eq(users.id, organizationRepresentatives.userId))
    .where(and(eq(organizationRepresentatives.organizationId, organizationId), eq(organizationRepresentatives.userId, userId)));
  if (!row || row.staffOf !== organizationId || row.status !== "approved") throw new DomainError("forbidden");
}
