import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, auditLog, communities, communityMemberships, notifications } from "@/db/schema";
import { communityServices } from "@/lib/reference/communities";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { createOrganization, createUser, tableCounts, unique, type TestUser } from "@/test/factories";
import { appointLeader, createCommunity, liquidateCommunity, removeModerator, setModerator, setServices, updateCommunity } from "./mutations";
import { latestToday, type CreateCommunityInput } from "./schemas";

const ip = "10.3.1.1";
const unknownId = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";

let admin: TestUser;

beforeAll(async () => {
  admin = await createUser({ roles: ["participant", "administrator"] });
});

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function input(overrides: Partial<Record<keyof CreateCommunityInput, unknown>> = {}): Record<string, unknown> {
  return {
    slug: unique("lab").toLowerCase(),
    name: "Творческая лаборатория учителей математики",
    description: "",
    goal: "Разработать банк заданий по функциональной грамотности",
    tasks: "Провести семинары\nСобрать задания",
    type: "mono_subject",
    kind: "creative_laboratory",
    subjects: ["mathematics"],
    themes: ["functional_literacy"],
    municipality: "г. Обнинск",
    visibility: "public",
    joinPolicy: "approval",
    creationOrderNumber: "01-15/12",
    creationOrderDate: "2026-01-12",
    ...overrides,
  };
}

async function row(id: string) {
  const [r] = await (await getDb()).select().from(communities).where(eq(communities.id, id));
  return r!;
}

async function membershipsOf(communityId: string) {
  return (await getDb())
    .select({ userId: communityMemberships.userId, role: communityMemberships.role, status: communityMemberships.status })
    .from(communityMemberships)
    .where(eq(communityMemberships.communityId, communityId));
}

async function activities(communityId: string) {
  return (await getDb())
    .select({ verb: activityLog.verb, actorId: activityLog.actorId, objectId: activityLog.objectId })
    .from(activityLog)
    .where(eq(activityLog.communityId, communityId))
    .orderBy(activityLog.id);
}

async function lastAudit(communityId: string) {
  const [r] = await (await getDb())
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, "community"), eq(auditLog.targetId, communityId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return r;
}

/** Runs a refused call and proves that not a single row anywhere changed. */
async function expectNothingWritten(run: () => Promise<unknown>) {
  const db = await getDb();
  const before = { counts: await tableCounts(), communities: await db.select().from(communities), memberships: await db.select().from(communityMemberships) };
  await run();
  expect({ counts: await tableCounts(), communities: await db.select().from(communities), memberships: await db.select().from(communityMemberships) }).toEqual(before);
}

describe("createCommunity", () => {
  test("creates a community by order with every service on, and records it", async () => {
    const result = await createCommunity({ actor: admin.actor, input: input({ slug: "  Math-Lab-2026 ", name: "  Творческая   лаборатория " }), ip });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const c = await row(result.data.id);
    expect(c).toMatchObject({
      slug: "math-lab-2026",
      name: "Творческая лаборатория",
      tasks: "Провести семинары\nСобрать задания",
      parentId: null,
      ancestorIds: [],
      creationOrderNumber: "01-15/12",
      creationOrderDate: "2026-01-12",
      services: [...communityServices],
      liquidatedAt: null,
      createdById: admin.id,
    });
    expect(await activities(c.id)).toEqual([{ verb: "community.created", actorId: admin.id, objectId: c.id }]);
    expect(await lastAudit(c.id)).toMatchObject({ action: "community.create", actorId: admin.id, ipAddress: ip, details: { orderNumber: "01-15/12", orderDate: "2026-01-12" } });
  });

  test("a sub-community goes inside a live community, under all of its ancestors", async () => {
    const root = await createCommunityRow();
    const middle = await createCommunityRow({ parent: root });
    const result = await createCommunity({ actor: admin.actor, input: input({ parentId: middle.id }), ip });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await row(result.data.id)).toMatchObject({ parentId: middle.id, ancestorIds: [root.id, middle.id] });
  });

  test("today's order is accepted", async () => {
    expect((await createCommunity({ actor: admin.actor, input: input({ creationOrderDate: new Date().toISOString().slice(0, 10) }), ip })).ok).toBe(true);
  });

  test.each<[string, Record<string, unknown>, string, string]>([
    ["an address of two letters", { slug: "ab" }, "slug", "slugTooShort"],
    ["an address of 61 characters", { slug: "a".repeat(61) }, "slug", "slugTooLong"],
    ["an address in Cyrillic", { slug: "математика" }, "slug", "slugFormat"],
    ["an address with a space", { slug: "math lab" }, "slug", "slugFormat"],
    ["an address with a double hyphen", { slug: "math--lab" }, "slug", "slugFormat"],
    ["an address ending in a hyphen", { slug: "math-" }, "slug", "slugFormat"],
    ["no address", { slug: "" }, "slug", "required"],
    ["a missing order number", { creationOrderNumber: "  " }, "creationOrderNumber", "orderNumberRequired"],
    ["a missing order date", { creationOrderDate: "" }, "creationOrderDate", "orderDateRequired"],
    ["no order date at all", { creationOrderDate: undefined }, "creationOrderDate", "orderDateRequired"],
    ["an order date that does not exist", { creationOrderDate: "2026-02-30" }, "creationOrderDate", "dateInvalid"],
    ["an order date in another format", { creationOrderDate: "12.01.2026" }, "creationOrderDate", "dateInvalid"],
    ["an order date in the future", { creationOrderDate: daysFromToday(3) }, "creationOrderDate", "dateInFuture"],
    ["an empty name", { name: " " }, "name", "required"],
    ["an empty goal", { goal: "" }, "goal", "required"],
    ["no type", { type: "" }, "type", "required"],
    ["an unknown kind", { kind: "castle" }, "kind", "kindUnknown"],
    ["an unknown subject", { subjects: ["alchemy"] }, "subjects", "subjectUnknown"],
    ["an unknown theme", { themes: ["astrology"] }, "themes", "themeUnknown"],
    ["an unknown visibility", { visibility: "secret" }, "visibility", "visibilityUnknown"],
    ["an unknown join policy", { joinPolicy: "lottery" }, "joinPolicy", "joinPolicyUnknown"],
    ["an empty municipality", { municipality: "" }, "municipality", "required"],
    ["a parent that is not an id", { parentId: "nope" }, "parentId", "parentMissing"],
    ["a parent that does not exist", { parentId: unknownId }, "parentId", "parentMissing"],
  ])("%s is refused on its field and nothing is written", async (_name, overrides, field, message) => {
    await expectNothingWritten(async () => {
      expect(await createCommunity({ actor: admin.actor, input: input(overrides), ip })).toEqual({ ok: false, error: "invalid", fieldErrors: { [field]: message } });
    });
  });

  test("a duplicate address is refused, whatever its case", async () => {
    const slug = unique("dup").toLowerCase();
    expect((await createCommunity({ actor: admin.actor, input: input({ slug }), ip })).ok).toBe(true);
    await expectNothingWritten(async () => {
      expect(await createCommunity({ actor: admin.actor, input: input({ slug: slug.toUpperCase() }), ip })).toEqual({ ok: false, error: "invalid", fieldErrors: { slug: "addressTaken" } });
    });
  });

  test("ten simultaneous submits of one form create one community", async () => {
    const same = input();
    const results = await Promise.all(Array.from({ length: 10 }, () => createCommunity({ actor: admin.actor, input: same, ip })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.fieldErrors)).toEqual(Array(9).fill({ slug: "addressTaken" }));
  });

  test("no sub-community inside an archived one", async () => {
    const archived = await createCommunityRow({ liquidatedAt: new Date(), liquidationOrderNumber: "5", liquidationOrderDate: "2026-01-20" });
    await expectNothingWritten(async () => {
      expect(await createCommunity({ actor: admin.actor, input: input({ parentId: archived.id }), ip })).toEqual({ ok: false, error: "invalid", fieldErrors: { parentId: "parentArchived" } });
    });
  });

  test("sub-communities nest five levels deep and no deeper", async () => {
    let level = await createCommunityRow();
    for (let depth = 2; depth <= 5; depth += 1) level = await createCommunityRow({ parent: level });
    await expectNothingWritten(async () => {
      expect(await createCommunity({ actor: admin.actor, input: input({ parentId: level.id }), ip })).toEqual({ ok: false, error: "invalid", fieldErrors: { parentId: "tooDeep" } });
    });
  });
});

describe("updateCommunity", () => {
  const edit = (overrides: Record<string, unknown> = {}) => {
    const fields = input({ name: "Новое название", visibility: "members", joinPolicy: "open", ...overrides });
    for (const key of ["slug", "creationOrderNumber", "creationOrderDate"]) delete fields[key];
    return fields;
  };

  test("the leader changes the fields; the address and orders stay; before and after are audited", async () => {
    const c = await createCommunityRow({ name: "Старое название" });
    const leader = await createUser();
    await addMembership(c.id, { userId: leader.id }, { role: "leader" });
    const result = await updateCommunity({ actor: leader.actor, communityId: c.id, input: { ...edit(), slug: "hijack", creationOrderNumber: "999" }, ip });
    expect(result).toEqual({ ok: true, data: undefined });
    expect(await row(c.id)).toMatchObject({ slug: c.slug, name: "Новое название", visibility: "members", joinPolicy: "open", subjects: ["mathematics"], creationOrderNumber: c.creationOrderNumber });
    expect(await activities(c.id)).toEqual([{ verb: "community.updated", actorId: leader.id, objectId: c.id }]);
    expect((await lastAudit(c.id))?.details).toMatchObject({ before: { name: "Старое название", visibility: "public" }, after: { name: "Новое название", visibility: "members" } });
  });

  test("saving unchanged values writes nothing", async () => {
    const c = await createCommunityRow();
    const values = { name: c.name, description: c.description, goal: c.goal, tasks: c.tasks, type: c.type, kind: c.kind, subjects: c.subjects, themes: c.themes, municipality: c.municipality, visibility: c.visibility, joinPolicy: c.joinPolicy };
    await expectNothingWritten(async () => {
      expect((await updateCommunity({ actor: admin.actor, communityId: c.id, input: values, ip })).ok).toBe(true);
    });
  });

  test.each<[string, Record<string, unknown>, string, string]>([
    ["an empty name", { name: "" }, "name", "required"],
    ["a goal of 2001 characters", { goal: "я".repeat(2001) }, "goal", "tooLong"],
    ["an unknown type", { type: "giga_subject" }, "type", "typeUnknown"],
    ["subjects that are not a list", { subjects: "mathematics" }, "subjects", "subjectUnknown"],
  ])("%s is refused on its field and nothing is written", async (_name, overrides, field, message) => {
    const c = await createCommunityRow();
    await expectNothingWritten(async () => {
      expect(await updateCommunity({ actor: admin.actor, communityId: c.id, input: edit(overrides), ip })).toEqual({ ok: false, error: "invalid", fieldErrors: { [field]: message } });
    });
  });

  test("an unknown community is notFound", async () => {
    await expect(updateCommunity({ actor: admin.actor, communityId: unknownId, input: edit(), ip })).rejects.toMatchObject({ code: "notFound" });
    await expect(updateCommunity({ actor: admin.actor, communityId: "nope", input: edit(), ip })).rejects.toMatchObject({ code: "notFound" });
  });
});

describe("liquidateCommunity", () => {
  test("records the order; the community becomes an archive", async () => {
    const c = await createCommunityRow({ creationOrderDate: "2025-09-01" });
    expect(await liquidateCommunity({ actor: admin.actor, communityId: c.id, input: { orderNumber: " 01-15/40 ", orderDate: "2026-01-20" }, ip })).toEqual({ ok: true, data: undefined });
    const after = await row(c.id);
    expect(after).toMatchObject({ liquidationOrderNumber: "01-15/40", liquidationOrderDate: "2026-01-20" });
    expect(after.liquidatedAt).toBeInstanceOf(Date);
    expect(await activities(c.id)).toEqual([{ verb: "community.liquidated", actorId: admin.id, objectId: c.id }]);
    expect(await lastAudit(c.id)).toMatchObject({ action: "community.liquidate", details: { orderNumber: "01-15/40", orderDate: "2026-01-20" } });
  });

  test("an order of the creation day itself is accepted", async () => {
    const c = await createCommunityRow({ creationOrderDate: "2026-01-05" });
    expect((await liquidateCommunity({ actor: admin.actor, communityId: c.id, input: { orderNumber: "7", orderDate: "2026-01-05" }, ip })).ok).toBe(true);
  });

  test.each<[string, Record<string, unknown>, string, string]>([
    ["a missing order number", { orderNumber: "" }, "orderNumber", "orderNumberRequired"],
    ["a missing order date", { orderDate: "" }, "orderDate", "orderDateRequired"],
    ["a date in the future", { orderDate: daysFromToday(2) }, "orderDate", "dateInFuture"],
    ["a date far in the future", { orderDate: "2999-01-01" }, "orderDate", "dateInFuture"],
    ["a date before the creation order", { orderDate: "2025-08-31" }, "orderDate", "liquidationBeforeCreation"],
  ])("%s is refused and nothing is written", async (_name, overrides, field, message) => {
    const c = await createCommunityRow({ creationOrderDate: "2025-09-01" });
    await expectNothingWritten(async () => {
      const result = await liquidateCommunity({ actor: admin.actor, communityId: c.id, input: { orderNumber: "01-15/41", orderDate: "2026-01-20", ...overrides }, ip });
      expect(result).toEqual({ ok: false, error: "invalid", fieldErrors: { [field]: message } });
    });
  });

  test("a community with live sub-communities is refused until they are liquidated", async () => {
    const c = await createCommunityRow();
    const child = await createCommunityRow({ parent: c });
    const order = { orderNumber: "01-15/42", orderDate: "2026-01-20" };
    await expectNothingWritten(async () => {
      expect(await liquidateCommunity({ actor: admin.actor, communityId: c.id, input: order, ip })).toEqual({ ok: false, error: "hasLiveChildren" });
    });
    expect((await liquidateCommunity({ actor: admin.actor, communityId: child.id, input: order, ip })).ok).toBe(true);
    expect((await liquidateCommunity({ actor: admin.actor, communityId: c.id, input: order, ip })).ok).toBe(true);
  });

  test("liquidating twice is refused as archived", async () => {
    const c = await createCommunityRow();
    const order = { orderNumber: "01-15/43", orderDate: "2026-01-20" };
    expect((await liquidateCommunity({ actor: admin.actor, communityId: c.id, input: order, ip })).ok).toBe(true);
    await expectNothingWritten(async () => {
      expect(await liquidateCommunity({ actor: admin.actor, communityId: c.id, input: order, ip })).toEqual({ ok: false, error: "communityArchived" });
    });
  });
});

describe("appointLeader", () => {
  const order = { orderNumber: "01-15/50", orderDate: "2026-01-21" };

  test("the appointed user becomes the active leader, the previous one a member; the new leader is notified", async () => {
    const c = await createCommunityRow();
    const previous = await createUser();
    const next = await createUser();
    await addMembership(c.id, { userId: previous.id }, { role: "leader" });
    expect(await appointLeader({ actor: admin.actor, communityId: c.id, input: { userId: next.id, ...order }, ip })).toEqual({ ok: true, data: undefined });
    expect(await membershipsOf(c.id)).toEqual(
      expect.arrayContaining([
        { userId: previous.id, role: "member", status: "active" },
        { userId: next.id, role: "leader", status: "active" },
      ]),
    );
    expect(await row(c.id)).toMatchObject({ leaderOrderNumber: "01-15/50", leaderOrderDate: "2026-01-21" });
    const db = await getDb();
    expect(await db.select({ kind: notifications.kind, params: notifications.params, link: notifications.link, communityId: notifications.communityId }).from(notifications).where(eq(notifications.userId, next.id))).toEqual([
      { kind: "community.leaderAppointed", params: { community: c.name }, link: `/communities/${c.slug}`, communityId: c.id },
    ]);
    expect(await activities(c.id)).toEqual([{ verb: "community.leaderAppointed", actorId: admin.id, objectId: next.id }]);
    expect(await lastAudit(c.id)).toMatchObject({ action: "community.appointLeader", details: { userId: next.id, previousLeaderId: previous.id, ...order } });
  });

  test.each(["moderator", "member"] as const)("an existing %s is promoted in the same membership row", async (role) => {
    const c = await createCommunityRow();
    const user = await createUser();
    await addMembership(c.id, { userId: user.id }, { role });
    expect((await appointLeader({ actor: admin.actor, communityId: c.id, input: { userId: user.id, ...order }, ip })).ok).toBe(true);
    expect(await membershipsOf(c.id)).toEqual([{ userId: user.id, role: "leader", status: "active" }]);
  });

  test("someone who had left or was refused comes back as the active leader", async () => {
    const c = await createCommunityRow();
    const user = await createUser();
    await addMembership(c.id, { userId: user.id }, { status: "left" });
    expect((await appointLeader({ actor: admin.actor, communityId: c.id, input: { userId: user.id, ...order }, ip })).ok).toBe(true);
    expect(await membershipsOf(c.id)).toEqual([{ userId: user.id, role: "leader", status: "active" }]);
  });

  test.each<[string, () => Promise<Record<string, unknown>>, Record<string, unknown>]>([
    ["no user chosen", async () => ({ userId: "" }), { fieldErrors: { userId: "leaderRequired" } }],
    ["an unknown user", async () => ({ userId: unknownId }), { fieldErrors: { userId: "userUnavailable" } }],
    ["a blocked user", async () => ({ userId: (await createUser({ status: "blocked" })).id }), { fieldErrors: { userId: "userUnavailable" } }],
    ["a missing order number", async () => ({ userId: (await createUser()).id, orderNumber: "" }), { fieldErrors: { orderNumber: "orderNumberRequired" } }],
    ["a missing order date", async () => ({ userId: (await createUser()).id, orderDate: "" }), { fieldErrors: { orderDate: "orderDateRequired" } }],
    ["an order date in the future", async () => ({ userId: (await createUser()).id, orderDate: daysFromToday(5) }), { fieldErrors: { orderDate: "dateInFuture" } }],
    ["an order before the creation order", async () => ({ userId: (await createUser()).id, orderDate: "2020-01-01" }), { fieldErrors: { orderDate: "leaderOrderBeforeCreation" } }],
  ])("%s is refused and nothing is written", async (_name, make, expected) => {
    const c = await createCommunityRow();
    const overrides = await make();
    await expectNothingWritten(async () => {
      expect(await appointLeader({ actor: admin.actor, communityId: c.id, input: { ...order, ...overrides }, ip })).toEqual({ ok: false, error: "invalid", ...expected });
    });
  });
});

describe("moderators", () => {
  let c: Awaited<ReturnType<typeof createCommunityRow>>;
  let leader: TestUser;

  beforeAll(async () => {
    c = await createCommunityRow();
    leader = await createUser();
    await addMembership(c.id, { userId: leader.id }, { role: "leader" });
  });

  test("the leader names an active member a moderator and removes them; each is notified and logged", async () => {
    const member = await createUser();
    await addMembership(c.id, { userId: member.id });
    expect((await setModerator({ actor: leader.actor, communityId: c.id, input: { userId: member.id }, ip })).ok).toBe(true);
    expect(await membershipsOf(c.id)).toContainEqual({ userId: member.id, role: "moderator", status: "active" });
    expect((await removeModerator({ actor: leader.actor, communityId: c.id, input: { userId: member.id }, ip })).ok).toBe(true);
    expect(await membershipsOf(c.id)).toContainEqual({ userId: member.id, role: "member", status: "active" });
    const db = await getDb();
    const kinds = await db.select({ kind: notifications.kind }).from(notifications).where(eq(notifications.userId, member.id)).orderBy(notifications.createdAt);
    expect(kinds.map((k) => k.kind).sort()).toEqual(["community.moderatorAppointed", "community.moderatorRemoved"]);
    const verbs = (await activities(c.id)).filter((a) => a.objectId === member.id).map((a) => a.verb);
    expect(verbs).toEqual(["community.moderatorSet", "community.moderatorRemoved"]);
  });

  test("naming a moderator twice changes nothing the second time", async () => {
    const member = await createUser();
    await addMembership(c.id, { userId: member.id }, { role: "moderator" });
    await expectNothingWritten(async () => {
      expect((await setModerator({ actor: leader.actor, communityId: c.id, input: { userId: member.id }, ip })).ok).toBe(true);
    });
  });

  test.each<[string, "set" | "remove", () => Promise<string>, string]>([
    ["someone who is not a member", "set", async () => (await createUser()).id, "notAMember"],
    [
      "a member whose request is pending",
      "set",
      async () => {
        const u = await createUser();
        await addMembership(c.id, { userId: u.id }, { status: "pending" });
        return u.id;
      },
      "notAMember",
    ],
    [
      "a member who left",
      "set",
      async () => {
        const u = await createUser();
        await addMembership(c.id, { userId: u.id }, { status: "left" });
        return u.id;
      },
      "notAMember",
    ],
    ["the leader", "set", async () => leader.id, "targetIsLeader"],
    ["the leader, as a moderator to remove", "remove", async () => leader.id, "targetIsLeader"],
    [
      "a plain member, as a moderator to remove",
      "remove",
      async () => {
        const u = await createUser();
        await addMembership(c.id, { userId: u.id });
        return u.id;
      },
      "notAModerator",
    ],
    ["a malformed id", "set", async () => "nope", "notAMember"],
  ])("%s is refused and nothing is written", async (_name, verb, target, message) => {
    const userId = await target();
    await expectNothingWritten(async () => {
      const call = verb === "set" ? setModerator : removeModerator;
      expect(await call({ actor: leader.actor, communityId: c.id, input: { userId }, ip })).toEqual({ ok: false, error: "invalid", fieldErrors: { userId: message } });
    });
  });

  test("a member organization cannot be a moderator: only people", async () => {
    const org = await createOrganization();
    await addMembership(c.id, { organizationId: org.id });
    await expectNothingWritten(async () => {
      expect(await setModerator({ actor: leader.actor, communityId: c.id, input: { userId: org.id }, ip })).toEqual({ ok: false, error: "invalid", fieldErrors: { userId: "notAMember" } });
    });
  });
});

describe("setServices", () => {
  test("stores the switched-on services in the reference order and logs the change", async () => {
    const c = await createCommunityRow();
    expect((await setServices({ actor: admin.actor, communityId: c.id, input: { services: ["materials", "forum", "forum"] }, ip })).ok).toBe(true);
    expect((await row(c.id)).services).toEqual(["forum", "materials"]);
    expect(await activities(c.id)).toEqual([{ verb: "community.servicesChanged", actorId: admin.id, objectId: c.id }]);
    expect((await setServices({ actor: admin.actor, communityId: c.id, input: { services: [] }, ip })).ok).toBe(true);
    expect((await row(c.id)).services).toEqual([]);
  });

  test.each<[string, unknown]>([
    ["an unknown service", ["forum", "casino"]],
    ["a list that is not a list", "forum"],
    ["a list of numbers", [1, 2]],
  ])("%s is refused and nothing is written", async (_name, services) => {
    const c = await createCommunityRow();
    await expectNothingWritten(async () => {
      expect(await setServices({ actor: admin.actor, communityId: c.id, input: { services }, ip })).toEqual({ ok: false, error: "invalid", fieldErrors: { services: "serviceUnknown" } });
    });
  });
});

describe("an archived community is read-only", () => {
  let archived: Awaited<ReturnType<typeof createCommunityRow>>;
  let leader: TestUser;
  let member: TestUser;
  let moderator: TestUser;

  beforeAll(async () => {
    archived = await createCommunityRow({ liquidatedAt: new Date(), liquidationOrderNumber: "01-15/60", liquidationOrderDate: "2026-01-22" });
    [leader, member, moderator] = await Promise.all([createUser(), createUser(), createUser()]);
    await addMembership(archived.id, { userId: leader.id }, { role: "leader" });
    await addMembership(archived.id, { userId: member.id });
    await addMembership(archived.id, { userId: moderator.id }, { role: "moderator" });
  });

  test.each([
    ["editing by its leader", () => updateCommunity({ actor: leader.actor, communityId: archived.id, input: {}, ip })],
    ["editing by an administrator", () => updateCommunity({ actor: admin.actor, communityId: archived.id, input: {}, ip })],
    ["switching services", () => setServices({ actor: leader.actor, communityId: archived.id, input: { services: [] }, ip })],
    ["naming a moderator", () => setModerator({ actor: leader.actor, communityId: archived.id, input: { userId: member.id }, ip })],
    ["removing a moderator", () => removeModerator({ actor: leader.actor, communityId: archived.id, input: { userId: moderator.id }, ip })],
    ["appointing a leader", () => appointLeader({ actor: admin.actor, communityId: archived.id, input: { userId: member.id, orderNumber: "1", orderDate: "2026-01-23" }, ip })],
    ["liquidating again", () => liquidateCommunity({ actor: admin.actor, communityId: archived.id, input: { orderNumber: "1", orderDate: "2026-01-23" }, ip })],
  ])("%s is refused as archived and nothing is written", async (_name, run) => {
    await expectNothingWritten(async () => {
      expect(await run()).toEqual({ ok: false, error: "communityArchived" });
    });
  });
});

describe("the order date's upper bound", () => {
  test("is today in the zone where it is already latest (UTC+14)", () => {
    expect(latestToday(new Date("2026-03-01T09:59:00Z"))).toBe("2026-03-01");
    expect(latestToday(new Date("2026-03-01T10:00:00Z"))).toBe("2026-03-02");
  });
});
