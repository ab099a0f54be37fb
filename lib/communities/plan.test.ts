import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, planItems } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { communityWithRoles, outcome, roleNames, type RoleName, type RoleWorld } from "@/test/community-roles";
import { createUser, tableCounts } from "@/test/factories";
import { createPlanItem, deletePlanItem, listPlan, listResponsibleOptions, updatePlanItem } from "./plan";
import type { PlanItemInput } from "./plan-schemas";

let world: RoleWorld;
let hidden: RoleWorld;

beforeAll(async () => {
  world = await communityWithRoles();
  hidden = await communityWithRoles({ visibility: "members" });
});

function item(overrides: Partial<PlanItemInput> = {}): PlanItemInput {
  return { title: "Семинар «Читательская грамотность»", description: "Открытые уроки", startsOn: "2026-03-02", endsOn: "2026-03-06", responsibleId: "", status: "planned", link: "", ...overrides };
}

async function itemsOf(communityId: string) {
  return (await getDb()).select().from(planItems).where(eq(planItems.communityId, communityId));
}

const writers: RoleName[] = ["moderatorHere", "leader", "leaderOfParent", "administrator"];
const expectedWrite = (role: RoleName) => (writers.includes(role) ? "ok" : role === "guest" ? "unauthenticated" : "forbidden");

describe("createPlanItem", () => {
  test.each(roleNames.map((r) => [r, expectedWrite(r)] as const))("%s → %s", async (role, expected) => {
    const before = await tableCounts();
    const result = await outcome(() => createPlanItem({ actor: world.actor(role), slug: world.community.slug, input: item({ title: `Пункт от ${role}` }) }));
    expect(result).toBe(expected);
    if (expected !== "ok") expect(await tableCounts()).toEqual(before);
    else {
      const rows = (await itemsOf(world.community.id)).filter((r) => r.title === `Пункт от ${role}`);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ startsOn: "2026-03-02", endsOn: "2026-03-06", status: "planned", link: null, responsibleId: null });
    }
  });

  test("records the activity with the community id", async () => {
    const result = await createPlanItem({ actor: world.users.leader.actor, slug: world.community.slug, input: item({ title: "Журнал" }) });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const [row] = await (await getDb()).select().from(activityLog).where(eq(activityLog.objectId, result.data.id));
    expect(row).toMatchObject({ verb: "plan_item.created", actorId: world.users.leader.id, communityId: world.community.id, objectType: "plan_item" });
  });

  test.each<[string, Partial<PlanItemInput>, string, string]>([
    ["an empty title", { title: "   " }, "title", "required"],
    ["a title of 201 characters", { title: "я".repeat(201) }, "title", "tooLong"],
    ["no start date", { startsOn: "" }, "startsOn", "required"],
    ["an impossible date", { startsOn: "2026-02-30" }, "startsOn", "dateInvalid"],
    ["an end before the start", { startsOn: "2026-03-10", endsOn: "2026-03-09" }, "endsOn", "endBeforeStart"],
    ["a javascript: link", { link: "javascript:alert(1)" }, "link", "linkInvalid"],
    ["an ftp link", { link: "ftp://files.example.ru/plan.doc" }, "link", "linkInvalid"],
    ["a link without a scheme", { link: "www.example.ru" }, "link", "linkInvalid"],
    ["an unknown status", { status: "postponed" }, "status", "invalid"],
    ["a malformed responsible id", { responsibleId: "nobody" }, "responsibleId", "responsibleUnknown"],
  ])("refuses %s with a translated key and writes nothing", async (_, overrides, field, key) => {
    const before = await tableCounts();
    const result = await createPlanItem({ actor: world.users.leader.actor, slug: world.community.slug, input: item(overrides) });
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { [field]: key } });
    expect(await tableCounts()).toEqual(before);
  });

  test("accepts a one-day item, an https link and an active member as responsible", async () => {
    const input = item({ startsOn: "2026-04-01", endsOn: "2026-04-01", link: " https://metodset.example/events/1 ", responsibleId: world.users.member.id, status: "in_progress" });
    const result = await createPlanItem({ actor: world.users.moderatorHere.actor, slug: world.community.slug, input });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const [row] = (await itemsOf(world.community.id)).filter((r) => r.id === result.data.id);
    expect(row).toMatchObject({ link: "https://metodset.example/events/1", responsibleId: world.users.member.id, status: "in_progress" });
  });

  test.each<[string, () => Promise<string>]>([
    ["a non-member", async () => world.users.nonMember.id],
    ["a member of another community", async () => world.users.moderatorElsewhere.id],
    [
      "a pending applicant",
      async () => {
        const applicant = await createUser();
        await addMembership(world.community.id, { userId: applicant.id }, { status: "pending" });
        return applicant.id;
      },
    ],
  ])("refuses %s as responsible", async (_, who) => {
    const responsibleId = await who();
    const before = await tableCounts();
    const result = await createPlanItem({ actor: world.users.leader.actor, slug: world.community.slug, input: item({ responsibleId }) });
    expect(result).toMatchObject({ ok: false, fieldErrors: { responsibleId: "responsibleNotMember" } });
    expect(await tableCounts()).toEqual(before);
  });

  test("an archived community's plan is read-only", async () => {
    const archived = await createCommunityRow({ liquidatedAt: new Date(), liquidationOrderNumber: "9", liquidationOrderDate: "2026-01-10" });
    const admin = await createUser({ roles: ["administrator"] });
    const before = await tableCounts();
    expect(await createPlanItem({ actor: admin.actor, slug: archived.slug, input: item() })).toEqual({ ok: false, error: "communityArchived" });
    expect(await tableCounts()).toEqual(before);
  });

  test("an unknown community is notFound", async () => {
    await expect(createPlanItem({ actor: world.users.leader.actor, slug: "no-such-community", input: item() })).rejects.toThrow(DomainError);
  });
});

describe("updatePlanItem and deletePlanItem", () => {
  async function newItem(title: string) {
    const result = await createPlanItem({ actor: world.users.leader.actor, slug: world.community.slug, input: item({ title }) });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data.id;
  }

  test.each(roleNames.map((r) => [r, expectedWrite(r)] as const))("update by %s → %s", async (role, expected) => {
    const id = await newItem(`Изменяемый ${role}`);
    const result = await outcome(() => updatePlanItem({ actor: world.actor(role), id, input: item({ title: `Изменён ${role}`, status: "done" }) }));
    expect(result).toBe(expected);
    const [row] = (await itemsOf(world.community.id)).filter((r) => r.id === id);
    expect(row!.title).toBe(expected === "ok" ? `Изменён ${role}` : `Изменяемый ${role}`);
  });

  test.each(roleNames.map((r) => [r, expectedWrite(r)] as const))("delete by %s → %s", async (role, expected) => {
    const id = await newItem(`Удаляемый ${role}`);
    expect(await outcome(() => deletePlanItem({ actor: world.actor(role), id }))).toBe(expected);
    expect((await itemsOf(world.community.id)).some((r) => r.id === id)).toBe(expected !== "ok");
  });

  test("an end before the start is refused on update and the item stays as it was", async () => {
    const id = await newItem("Сроки");
    const before = await itemsOf(world.community.id);
    const result = await updatePlanItem({ actor: world.users.leader.actor, id, input: item({ title: "Сроки", startsOn: "2026-05-10", endsOn: "2026-05-01" }) });
    expect(result).toMatchObject({ ok: false, fieldErrors: { endsOn: "endBeforeStart" } });
    expect(await itemsOf(world.community.id)).toEqual(before);
  });

  test("a moderator elsewhere cannot touch this community's item; a malformed id is notFound", async () => {
    const id = await newItem("Чужой");
    expect(await outcome(() => updatePlanItem({ actor: world.users.moderatorElsewhere.actor, id, input: item() }))).toBe("forbidden");
    expect(await outcome(() => deletePlanItem({ actor: world.users.leader.actor, id: "not-a-uuid" }))).toBe("notFound");
  });
});

describe("listPlan", () => {
  const readers: RoleName[] = ["member", "moderatorHere", "leader", "leaderOfParent", "administrator", "methodist"];

  test.each(roleNames.map((r) => [r] as const))("%s reads a public community's plan", async (role) => {
    const view = await listPlan({ viewer: world.actor(role), slug: world.community.slug });
    expect(view.items.length).toBeGreaterThan(0);
    expect(view.canEdit).toBe(writers.includes(role));
  });

  test.each(roleNames.map((r) => [r, readers.includes(r) ? "ok" : "forbidden"] as const))("members-only plan: %s → %s", async (role, expected) => {
    await createPlanItem({ actor: hidden.users.leader.actor, slug: hidden.community.slug, input: item({ title: "Закрытый пункт" }) });
    const result = await outcome(async () => {
      const view = await listPlan({ viewer: hidden.actor(role), slug: hidden.community.slug });
      expect(view.items.map((i) => i.title)).toContain("Закрытый пункт");
      return { ok: true };
    });
    expect(result).toBe(expected);
  });

  test("items come in date order with the responsible person's name", async () => {
    const c = await createCommunityRow();
    const admin = await createUser({ roles: ["administrator"] });
    const member = await createUser({ fullName: "Петрова Анна Сергеевна" });
    await addMembership(c.id, { userId: member.id });
    for (const [title, startsOn] of [["Второй", "2026-02-01"], ["Первый", "2026-01-15"], ["Третий", "2026-03-01"]] as const) {
      await createPlanItem({ actor: admin.actor, slug: c.slug, input: item({ title, startsOn, endsOn: startsOn, responsibleId: title === "Первый" ? member.id : "" }) });
    }
    const view = await listPlan({ viewer: null, slug: c.slug });
    expect(view.items.map((i) => [i.title, i.responsibleName])).toEqual([
      ["Первый", "Петрова Анна Сергеевна"],
      ["Второй", null],
      ["Третий", null],
    ]);
    expect((await listResponsibleOptions({ viewer: admin.actor, slug: c.slug })).map((o) => o.fullName)).toEqual(["Петрова Анна Сергеевна"]);
    await expect(listResponsibleOptions({ viewer: member.actor, slug: c.slug })).rejects.toThrow(DomainError);
  });
});
