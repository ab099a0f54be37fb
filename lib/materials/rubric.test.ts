import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, materialReviews, reviewCriteria } from "@/db/schema";
import { outcome } from "@/test/community-roles";
import { createUser, tableCounts, type TestUser } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createDraft, submitMaterial } from "./drafts";
import { activeCriteria, completeReview, takeForReview } from "./reviews";
import { addCriterion, listRubric, moveCriterion, renameCriterion, setCriterionActive } from "./rubric";

let admin: TestUser;
let others: Record<"guest" | "participant" | "expert" | "methodist", Actor | null>;

beforeAll(async () => {
  admin = await createUser({ roles: ["participant", "administrator"] });
  const [participant, expert, methodist] = await Promise.all([createUser(), createUser({ roles: ["participant", "expert"] }), createUser({ roles: ["participant", "methodist"] })]);
  others = { guest: null, participant: participant.actor, expert: expert.actor, methodist: methodist.actor };
});

const names = async (locale = "ru") => (await activeCriteria(locale)).map((c) => c.name);
const byName = async (nameRu: string) => (await listRubric({ actor: admin.actor })).find((c) => c.nameRu === nameRu)!;
async function added(nameRu: string, nameEn = `${nameRu} (en)`): Promise<string> {
  const result = await addCriterion({ actor: admin.actor, input: { nameRu, nameEn }, ip: "10.0.0.1" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}
async function auditOf(id: string) {
  return (await getDb()).select().from(auditLog).where(and(eq(auditLog.targetType, "review_criterion"), eq(auditLog.targetId, id)));
}

describe("who may edit the rubric", () => {
  test.each([
    ["guest", "unauthenticated"],
    ["participant", "forbidden"],
    ["expert", "forbidden"],
    ["methodist", "forbidden"],
  ] as const)("%s is refused everything and nothing changes", async (role, code) => {
    const actor = others[role];
    const [first] = await listRubric({ actor: admin.actor });
    const before = await tableCounts([reviewCriteria, auditLog]);
    const rubric = await listRubric({ actor: admin.actor });
    expect(await outcome(async () => ({ ok: (await listRubric({ actor })).length > 0 }))).toBe(code);
    expect(await outcome(() => addCriterion({ actor, input: { nameRu: "Доступность", nameEn: "Accessibility" } }))).toBe(code);
    expect(await outcome(() => renameCriterion({ actor, id: first!.id, input: { nameRu: "Иначе", nameEn: "Other" } }))).toBe(code);
    expect(await outcome(() => moveCriterion({ actor, id: first!.id, direction: "down" }))).toBe(code);
    expect(await outcome(() => setCriterionActive({ actor, id: first!.id, active: false }))).toBe(code);
    expect(await tableCounts([reviewCriteria, auditLog])).toEqual(before);
    expect(await listRubric({ actor: admin.actor })).toEqual(rubric);
  });
});

describe("adding and renaming", () => {
  test("an administrator adds a criterion: last in order, active, shown to experts in both languages, audited", async () => {
    const id = await added("  Соответствие   ФГОС ", "Compliance with the standard");
    const rubric = await listRubric({ actor: admin.actor });
    expect(rubric.at(-1)).toMatchObject({ id, nameRu: "Соответствие ФГОС", nameEn: "Compliance with the standard", active: true, usedInReviews: 0 });
    expect(rubric.at(-1)!.position).toBeGreaterThan(rubric.at(-2)!.position);
    expect((await names("ru")).at(-1)).toBe("Соответствие ФГОС");
    expect((await names("en")).at(-1)).toBe("Compliance with the standard");
    const [entry] = await auditOf(id);
    expect(entry).toMatchObject({ actorId: admin.id, action: "rubric.add", ipAddress: "10.0.0.1" });
  });

  test.each([
    [{ nameRu: "", nameEn: "Accessibility" }, { nameRu: "required" }],
    [{ nameRu: "   ", nameEn: "   " }, { nameRu: "required", nameEn: "required" }],
    [{ nameRu: "Д".repeat(201), nameEn: "Accessibility" }, { nameRu: "tooLong" }],
    [{ nameRu: "Доступность", nameEn: 5 }, { nameEn: "invalid" }],
    [{ nameRu: "Доступность" }, { nameEn: "invalid" }],
    [null, { form: "invalid" }],
  ])("bad input %j gets field errors and writes nothing", async (input, fieldErrors) => {
    const before = await tableCounts([reviewCriteria, auditLog]);
    expect(await addCriterion({ actor: admin.actor, input })).toEqual({ ok: false, error: "invalid", fieldErrors });
    expect(await tableCounts([reviewCriteria, auditLog])).toEqual(before);
  });

  test("200 characters are enough; the same name as an active criterion is refused, in any case", async () => {
    await added("Я".repeat(200), "Y".repeat(200));
    expect(await addCriterion({ actor: admin.actor, input: { nameRu: "актуальность", nameEn: "Timeliness" } })).toEqual({ ok: false, error: "invalid", fieldErrors: { nameRu: "criterionExists" } });
  });

  test("renaming changes what experts see, bad names and unknown ids are refused", async () => {
    const id = await added("Безопасность", "Safety");
    expect(await renameCriterion({ actor: admin.actor, id, input: { nameRu: "Безопасность и здоровье", nameEn: "Safety and health" }, ip: "10.0.0.2" })).toEqual({ ok: true, data: undefined });
    expect(await names()).toContain("Безопасность и здоровье");
    expect(await names()).not.toContain("Безопасность");
    const rename = (await auditOf(id)).find((e) => e.action === "rubric.rename");
    expect(rename?.details).toEqual({ before: { nameRu: "Безопасность", nameEn: "Safety" }, after: { nameRu: "Безопасность и здоровье", nameEn: "Safety and health" } });
    expect(await renameCriterion({ actor: admin.actor, id, input: { nameRu: "", nameEn: "Safety" } })).toMatchObject({ ok: false, fieldErrors: { nameRu: "required" } });
    expect(await renameCriterion({ actor: admin.actor, id, input: { nameRu: "Новизна", nameEn: "Safety" } })).toMatchObject({ ok: false, fieldErrors: { nameRu: "criterionExists" } });
    expect(await outcome(() => renameCriterion({ actor: admin.actor, id: "not-a-uuid", input: { nameRu: "А", nameEn: "A" } }))).toBe("notFound");
    expect(await outcome(() => renameCriterion({ actor: admin.actor, id: "00000000-0000-4000-8000-000000000000", input: { nameRu: "А", nameEn: "A" } }))).toBe("notFound");
  });
});

describe("order", () => {
  test("up and down swap neighbours; the ends do not move further; a bad direction is refused", async () => {
    const ids = (await listRubric({ actor: admin.actor })).map((c) => c.id);
    const [first, second] = ids;
    expect(await moveCriterion({ actor: admin.actor, id: second!, direction: "up" })).toEqual({ ok: true, data: undefined });
    const after = await listRubric({ actor: admin.actor });
    expect(after.map((c) => c.id)).toEqual([second, first, ...ids.slice(2)]);
    expect(after.map((c) => c.position)).toEqual(ids.map((_, i) => i + 1));
    expect((await activeCriteria("ru")).slice(0, 2).map((c) => c.id)).toEqual([second, first]);
    expect(await moveCriterion({ actor: admin.actor, id: second!, direction: "up" })).toEqual({ ok: false, error: "cannotMove" });
    expect(await moveCriterion({ actor: admin.actor, id: ids.at(-1)!, direction: "down" })).toEqual({ ok: false, error: "cannotMove" });
    expect(await moveCriterion({ actor: admin.actor, id: first!, direction: "sideways" })).toEqual({ ok: false, error: "invalid" });
    expect(await moveCriterion({ actor: admin.actor, id: second!, direction: "down" })).toMatchObject({ ok: true });
    expect((await listRubric({ actor: admin.actor })).map((c) => c.id)).toEqual(ids);
  });
});

describe("switching off", () => {
  test("a switched-off criterion leaves the expert's form and keeps its place; the last active one stays", async () => {
    const rubric = await listRubric({ actor: admin.actor });
    const [first, ...rest] = rubric.filter((c) => c.active);
    expect(await setCriterionActive({ actor: admin.actor, id: first!.id, active: false })).toMatchObject({ ok: true });
    expect((await activeCriteria("ru")).map((c) => c.id)).not.toContain(first!.id);
    expect((await listRubric({ actor: admin.actor })).find((c) => c.id === first!.id)).toMatchObject({ active: false, position: first!.position });
    expect(await setCriterionActive({ actor: admin.actor, id: first!.id, active: "no" })).toEqual({ ok: false, error: "invalid" });
    for (const c of rest.slice(0, -1)) expect(await setCriterionActive({ actor: admin.actor, id: c.id, active: false })).toMatchObject({ ok: true });
    const last = rest.at(-1)!;
    const before = await tableCounts([auditLog]);
    expect(await setCriterionActive({ actor: admin.actor, id: last.id, active: false })).toEqual({ ok: false, error: "lastActiveCriterion" });
    expect(await tableCounts([auditLog])).toEqual(before);
    expect((await activeCriteria("ru")).map((c) => c.id)).toEqual([last.id]);
    // Back on, in their old places.
    for (const c of [first!, ...rest.slice(0, -1)]) expect(await setCriterionActive({ actor: admin.actor, id: c.id, active: true })).toMatchObject({ ok: true });
    expect((await activeCriteria("ru")).map((c) => c.id)).toEqual([first!.id, ...rest.map((c) => c.id)]);
    expect((await auditOf(first!.id)).map((e) => e.action)).toEqual(expect.arrayContaining(["rubric.deactivate", "rubric.activate"]));
  });

  test("a reactivated criterion may not duplicate an active one's name", async () => {
    const id = await added("Вариативность", "Variability");
    expect(await setCriterionActive({ actor: admin.actor, id, active: false })).toMatchObject({ ok: true });
    await added("вариативность", "Variability 2");
    expect(await setCriterionActive({ actor: admin.actor, id, active: true })).toEqual({ ok: false, error: "criterionExists" });
  });
});

describe("finished reviews", () => {
  test("keep the names they were scored under; the expert scores only the active criteria", async () => {
    const author = await createUser();
    const expert = await createUser({ roles: ["participant", "expert"] });
    const draft = await createDraft({
      actor: author.actor,
      input: { kind: "lesson_plan", title: "Урок «Дроби вокруг нас»", abstract: "Технологическая карта урока математики в 5 классе.", body: "Ход урока", subjects: ["mathematics"], levels: ["grade_5"], themes: [], tags: "", licence: "cc_by", communityId: null, coAuthors: [], blindReview: false },
    });
    if (!draft.ok) throw new Error(JSON.stringify(draft));
    const id = draft.data.id;
    expect(await submitMaterial({ actor: author.actor, id, input: { note: "" } })).toMatchObject({ ok: true });
    expect(await takeForReview({ actor: expert.actor, id })).toMatchObject({ ok: true });
    const [review] = await (await getDb()).select().from(materialReviews).where(eq(materialReviews.materialId, id));
    const criterion = await byName("Новизна");
    // A switched-off criterion is not asked for: scoring it is refused, leaving it out is fine.
    const off = await added("Временный критерий", "Temporary");
    await setCriterionActive({ actor: admin.actor, id: off, active: false });
    const active = await activeCriteria("ru");
    const withOff = [...active, { id: off }].map((c) => ({ criterionId: c.id, score: 2, comment: "" }));
    expect(await completeReview({ actor: expert.actor, reviewId: review!.id, input: { scores: withOff, verdict: "publish", summary: "Хорошо" } })).toMatchObject({ fieldErrors: { scores: "scoresIncomplete" } });
    const scores = active.map((c) => ({ criterionId: c.id, score: 2, comment: "" }));
    expect(await completeReview({ actor: expert.actor, reviewId: review!.id, input: { scores, verdict: "publish", summary: "Хорошо" } })).toMatchObject({ ok: true });

    expect(await renameCriterion({ actor: admin.actor, id: criterion.id, input: { nameRu: "Оригинальность", nameEn: "Originality" } })).toMatchObject({ ok: true });
    expect(await setCriterionActive({ actor: admin.actor, id: criterion.id, active: false })).toMatchObject({ ok: true });
    const [stored] = await (await getDb()).select({ scores: materialReviews.scores }).from(materialReviews).where(eq(materialReviews.id, review!.id));
    expect(stored!.scores!.find((s) => s.criterionId === criterion.id)?.name).toBe("Новизна");
    // Listed with its use, never deleted.
    expect(await byName("Оригинальность")).toMatchObject({ active: false, usedInReviews: 1 });
  });
});
