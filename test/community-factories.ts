import { getDb } from "@/db/client";
import { communities, communityMemberships, type Community } from "@/db/schema";
import type { CommunityRole, MembershipStatus } from "@/lib/reference/communities";
import { communityServices } from "@/lib/reference/communities";
import { unique } from "./factories";

// Communities and memberships written straight to the database, independent of the code under test.

export type CommunityOptions = Partial<Omit<typeof communities.$inferInsert, "ancestorIds" | "parentId">> & { parent?: Community };

export async function createCommunityRow(options: CommunityOptions = {}): Promise<Community> {
  const { parent, ...values } = options;
  const db = await getDb();
  const [row] = await db
    .insert(communities)
    .values({
      slug: unique("c").toLowerCase(),
      name: `Сообщество ${unique("")}`,
      goal: "Совместная работа педагогов над общей задачей",
      type: "mono_subject",
      kind: "network_community",
      municipality: "г. Обнинск",
      creationOrderNumber: "01-15/7",
      creationOrderDate: "2025-09-01",
      services: [...communityServices],
      ...values,
      parentId: parent?.id ?? null,
      ancestorIds: parent ? [...parent.ancestorIds, parent.id] : [],
    })
    .returning();
  return row!;
}

/** A membership row: a person (`userId`) or an organization (`organizationId`), active by default. */
export async function addMembership(
  communityId: string,
  member: { userId: string } | { organizationId: string },
  options: { role?: CommunityRole; status?: MembershipStatus } = {},
): Promise<void> {
  const db = await getDb();
  const status = options.status ?? "active";
  await db.insert(communityMemberships).values({
    communityId,
    ...member,
    role: options.role ?? "member",
    status,
    joinedAt: status === "active" ? new Date() : null,
  });
}
