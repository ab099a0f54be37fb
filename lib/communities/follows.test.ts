import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, follows } from "@/db/schema";
import { createCommunityRow } from "@/test/community-factories";
import { outcome } from "@/test/community-roles";
import { createOrganization, createUser, tableCounts } from "@/test/factories";
import { follow, isFollowing, unfollow } from "./follows";

async function followsOf(userId: string) {
  return (await getDb()).select().from(follows).where(eq(follows.userId, userId));
}

describe("follow and unfollow", () => {
  test.each([
    ["a public community", () => createCommunityRow().then((c) => ({ communityId: c.id }))],
    ["a members-only community", () => createCommunityRow({ visibility: "members" }).then((c) => ({ communityId: c.id }))],
    ["an organization", () => createOrganization().then((o) => ({ organizationId: o.id }))],
  ])("any signed-in user follows and unfollows %s, idempotently, with an activity record", async (_, make) => {
    const channel = await make();
    const user = await createUser();
    expect(await isFollowing({ viewer: user.actor, channel })).toBe(false);
    expect(await follow({ actor: user.actor, channel })).toEqual({ ok: true, data: undefined });
    expect(await follow({ actor: user.actor, channel })).toMatchObject({ ok: true });
    expect(await followsOf(user.id)).toHaveLength(1);
    expect(await isFollowing({ viewer: user.actor, channel })).toBe(true);
    expect((await unfollow({ actor: user.actor, channel })).ok).toBe(true);
    expect((await unfollow({ actor: user.actor, channel })).ok).toBe(true);
    expect(await followsOf(user.id)).toEqual([]);
    expect(await isFollowing({ viewer: user.actor, channel })).toBe(false);
    const verbs = (await (await getDb()).select().from(activityLog).where(eq(activityLog.actorId, user.id))).map((r) => r.verb);
    const kind = "communityId" in channel ? "community" : "organization";
    expect(verbs).toEqual([`${kind}.followed`, `${kind}.unfollowed`]);
  });

  test.each<[string, () => Promise<{ communityId: string } | { organizationId: string }>, string]>([
    ["an unknown community", async () => ({ communityId: "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b" }), "notFound"],
    ["a malformed id", async () => ({ communityId: "functional-literacy" }), "notFound"],
    ["a pending organization", () => createOrganization({ status: "pending" }).then((o) => ({ organizationId: o.id })), "notFound"],
  ])("refuses %s and writes nothing", async (_, make, expected) => {
    const channel = await make();
    const user = await createUser();
    const before = await tableCounts();
    expect(await outcome(() => follow({ actor: user.actor, channel }))).toBe(expected);
    expect(await tableCounts()).toEqual(before);
  });

  test("a guest cannot follow and follows nothing", async () => {
    const community = await createCommunityRow();
    const before = await tableCounts();
    expect(await outcome(() => follow({ actor: null, channel: { communityId: community.id } }))).toBe("unauthenticated");
    expect(await tableCounts()).toEqual(before);
    expect(await isFollowing({ viewer: null, channel: { communityId: community.id } })).toBe(false);
  });
});
