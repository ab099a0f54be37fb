import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { getDb } from "@/db/client";
import { communityMemberships, type Community } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { addMembership, createCommunityRow, type CommunityOptions } from "@/test/community-factories";
import { createUser, tableCounts } from "@/test/factories";

// Shared by the membership tests: a sub-community with a person in every standing towards it.

export const roles = [
  "guest",
  "participant",
  "member",
  "moderator",
  "moderatorElsewhere",
  "leader",
  "leaderAbove",
  "moderatorAbove",
  "administrator",
  "methodist",
] as const;
export type Role = (typeof roles)[number];

export type Cast = { parent: Community; community: Community; elsewhere: Community; actors: Record<Role, Actor | null> };

/** A community inside `parent`, with its leader, a moderator and a member, and people around it. */
export async function castCommunity(options: CommunityOptions = {}): Promise<Cast> {
  const parent = await createCommunityRow();
  const community = await createCommunityRow({ ...options, parent });
  const elsewhere = await createCommunityRow();
  const user = async (platform: ("participant" | "methodist" | "administrator")[] = ["participant"]) => (await createUser({ roles: platform })).actor;
  const actors: Record<Role, Actor | null> = {
    guest: null,
    participant: await user(),
    member: await user(),
    moderator: await user(),
    moderatorElsewhere: await user(),
    leader: await user(),
    leaderAbove: await user(),
    moderatorAbove: await user(),
    administrator: await user(["participant", "administrator"]),
    methodist: await user(["participant", "methodist"]),
  };
  await addMembership(community.id, { userId: actors.member!.id });
  await addMembership(community.id, { userId: actors.moderator!.id }, { role: "moderator" });
  await addMembership(community.id, { userId: actors.leader!.id }, { role: "leader" });
  await addMembership(parent.id, { userId: actors.leaderAbove!.id }, { role: "leader" });
  await addMembership(parent.id, { userId: actors.moderatorAbove!.id }, { role: "moderator" });
  await addMembership(elsewhere.id, { userId: actors.moderatorElsewhere!.id }, { role: "moderator" });
  return { parent, community, elsewhere, actors };
}

/** The single membership row of a person or organization in a community. */
export async function membershipOf(communityId: string, member: { userId: string } | { organizationId: string }) {
  const db = await getDb();
  const rows = await db.select().from(communityMemberships).where(eq(communityMemberships.communityId, communityId));
  return rows.filter((r) => ("userId" in member ? r.userId === member.userId : r.organizationId === member.organizationId));
}

async function snapshot() {
  const db = await getDb();
  return { counts: await tableCounts(), memberships: await db.select().from(communityMemberships).orderBy(communityMemberships.id) };
}

/** Runs the call and says how it ended; a refusal must leave every table's row count and every membership as they were. */
export async function outcomeOf(run: () => Promise<{ ok: boolean; error?: string }>): Promise<string> {
  const before = await snapshot();
  try {
    const result = await run();
    if (result.ok) return "ok";
    expect(await snapshot()).toEqual(before);
    return result.error === "invalid" ? `invalid:${JSON.stringify((result as { fieldErrors?: unknown }).fieldErrors)}` : result.error!;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(await snapshot()).toEqual(before);
    return error.code;
  }
}
