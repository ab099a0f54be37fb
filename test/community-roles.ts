import type { Community } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { addMembership, createCommunityRow, type CommunityOptions } from "./community-factories";
import { createUser, type TestUser } from "./factories";

// One community inside a parent, with a person in each standing the permission tables test.

export const roleNames = ["guest", "nonMember", "member", "moderatorHere", "moderatorElsewhere", "leader", "leaderOfParent", "administrator", "methodist"] as const;
export type RoleName = (typeof roleNames)[number];

/** What an organizer's act of a community's event gives each standing: its moderators and leader, a leader above, an administrator. */
export const organizerOutcomes: [RoleName, "ok" | "forbidden" | "unauthenticated"][] = [
  ["guest", "unauthenticated"],
  ["nonMember", "forbidden"],
  ["member", "forbidden"],
  ["moderatorElsewhere", "forbidden"],
  ["methodist", "forbidden"],
  ["moderatorHere", "ok"],
  ["leader", "ok"],
  ["leaderOfParent", "ok"],
  ["administrator", "ok"],
];

export type RoleWorld = {
  parent: Community;
  community: Community;
  elsewhere: Community;
  users: Record<Exclude<RoleName, "guest">, TestUser>;
  actor: (role: RoleName) => Actor | null;
};

export async function communityWithRoles(options: CommunityOptions = {}): Promise<RoleWorld> {
  const parent = await createCommunityRow();
  const community = await createCommunityRow({ ...options, parent });
  const elsewhere = await createCommunityRow();
  const [nonMember, member, moderatorHere, moderatorElsewhere, leader, leaderOfParent, administrator, methodist] = await Promise.all([
    createUser({ fullName: "Не участник" }),
    createUser({ fullName: "Участник" }),
    createUser({ fullName: "Модератор здесь" }),
    createUser({ fullName: "Модератор другого сообщества" }),
    createUser({ fullName: "Руководитель" }),
    createUser({ fullName: "Руководитель вышестоящего" }),
    createUser({ roles: ["participant", "administrator"], fullName: "Администратор" }),
    createUser({ roles: ["participant", "methodist"], fullName: "Методист" }),
  ]);
  await addMembership(community.id, { userId: member.id });
  await addMembership(community.id, { userId: moderatorHere.id }, { role: "moderator" });
  await addMembership(elsewhere.id, { userId: moderatorElsewhere.id }, { role: "moderator" });
  await addMembership(community.id, { userId: leader.id }, { role: "leader" });
  await addMembership(parent.id, { userId: leaderOfParent.id }, { role: "leader" });
  const users = { nonMember, member, moderatorHere, moderatorElsewhere, leader, leaderOfParent, administrator, methodist };
  return { parent, community, elsewhere, users, actor: (role) => (role === "guest" ? null : users[role].actor) };
}

/** Resolves to the DomainError code a call threw, or "ok" / the Result's error key. */
export async function outcome(run: () => Promise<{ ok: boolean; error?: string }>): Promise<string> {
  try {
    const result = await run();
    return result.ok ? "ok" : (result.error ?? "failed");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code) return code;
    throw error;
  }
}
