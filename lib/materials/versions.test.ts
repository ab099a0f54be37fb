import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { materialReviews } from "@/db/schema";
import { outcome } from "@/test/community-roles";
import { createUser, type TestUser } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { createDraft, submitMaterial, updateDraft } from "./drafts";
import { getMaterialPage } from "./queries";
import { activeCriteria, completeReview, takeForReview } from "./reviews";
import type { MaterialInput } from "./schemas";
import { compareVersions, listDiff, textDiff } from "./versions";

const first = (overrides: Partial<MaterialInput> = {}): MaterialInput => ({
  kind: "lesson_plan",
  title: "Урок «Дроби вокруг нас»",
  abstract: "Технологическая карта урока математики в 5 классе.",
  body: "## Ход урока\n\n1. Мотивация\n2. Исследование",
  subjects: ["mathematics"],
  levels: ["grade_5"],
  themes: [],
  tags: "дроби, исследование",
  licence: "cc_by",
  communityId: null,
  coAuthors: [],
  coAuthorIds: [],
  blindReview: false,
  ...overrides,
});

type World = { id: string; author: TestUser; coAuthor: TestUser; expert: TestUser };

/** Submitted, returned by an expert, revised and submitted again: versions 1 and 2. */
async function twoVersions(overrides: Partial<MaterialInput> = {}): Promise<World> {
  const [author, coAuthor, expert] = await Promise.all([createUser({ fullName: "Иванова Мария Петровна" }), createUser({ fullName: "Петров Пётр" }), createUser({ roles: ["participant", "expert"] })]);
  const created = await createDraft({ actor: author.actor, input: first({ coAuthorIds: [coAuthor.id], ...overrides }) });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const id = created.data.id;
  expect(await submitMaterial({ actor: author.actor, id, input: { note: "" } })).toMatchObject({ ok: true });
  expect(await takeForReview({ actor: expert.actor, id })).toMatchObject({ ok: true });
  const [review] = await (await getDb()).select().from(materialReviews).where(eq(materialReviews.materialId, id));
  const scores = (await activeCriteria("ru")).map((c) => ({ criterionId: c.id, score: 1, comment: "" }));
  expect(await completeReview({ actor: expert.actor, reviewId: review!.id, input: { scores, verdict: "return", summary: "Добавьте 6 класс" } })).toMatchObject({ ok: true });
  const revised = first({
    title: "Урок «Десятичные дроби вокруг нас»",
    body: "## Ход урока\n\n1. Мотивация\n2. Исследование\n3. Рефлексия",
    levels: ["grade_5", "grade_6"],
    tags: "дроби, рефлексия",
    licence: "cc_by_sa",
    coAuthors: [{ name: "Сидорова А. А." }],
    coAuthorIds: [coAuthor.id],
    ...overrides,
  });
  expect(await updateDraft({ actor: author.actor, id, input: revised })).toMatchObject({ ok: true });
  expect(await submitMaterial({ actor: author.actor, id, input: { note: "Добавлен 6 класс и рефлексия" } })).toMatchObject({ ok: true, data: { version: 2 } });
  return { id, author, coAuthor, expert };
}

let world: World;
let others: { guest: null; stranger: Actor; methodist: Actor; administrator: Actor };
beforeAll(async () => {
  world = await twoVersions();
  const [stranger, methodist, administrator] = await Promise.all([createUser(), createUser({ roles: ["participant", "methodist"] }), createUser({ roles: ["participant", "administrator"] })]);
  others = { guest: null, stranger: stranger.actor, methodist: methodist.actor, administrator: administrator.actor };
});

const compared = (viewer: Actor | null, params: { from?: unknown; to?: unknown } = {}, id = world.id) =>
  outcome(async () => ({ ok: (await compareVersions({ viewer, id, ...params })).versions.length > 0 }));

describe("who may compare", () => {
  test("the same people the material page lists versions to; nobody else learns of them", async () => {
    const people: [string, Actor | null][] = [
      ["author", world.author.actor],
      ["co-author", world.coAuthor.actor],
      ["expert who reviewed it", world.expert.actor],
      ["methodist (it awaits review)", others.methodist],
      ["administrator", others.administrator],
      ["participant", others.stranger],
      ["guest", null],
    ];
    const seen: Record<string, string> = {};
    for (const [name, viewer] of people) {
      seen[name] = await compared(viewer);
      const page = await getMaterialPage({ viewer, id: world.id }).catch(() => null);
      // One rule: whoever gets the comparison is shown the list of versions, and the other way round.
      expect([name, (page?.versions.length ?? 0) > 0]).toEqual([name, seen[name] === "ok"]);
    }
    expect(seen).toEqual({
      author: "ok",
      "co-author": "ok",
      "expert who reviewed it": "ok",
      "methodist (it awaits review)": "ok",
      administrator: "ok",
      participant: "notFound",
      guest: "notFound",
    });
  });

  test("a published material's readers do not see its earlier versions", async () => {
    const other = await twoVersions();
    const [review] = await (await getDb()).select().from(materialReviews).where(eq(materialReviews.materialId, other.id));
    expect(await takeForReview({ actor: other.expert.actor, id: other.id })).toMatchObject({ ok: true });
    const open = (await (await getDb()).select().from(materialReviews).where(eq(materialReviews.materialId, other.id))).find((r) => r.id !== review!.id)!;
    const scores = (await activeCriteria("ru")).map((c) => ({ criterionId: c.id, score: 3, comment: "" }));
    expect(await completeReview({ actor: other.expert.actor, reviewId: open.id, input: { scores, verdict: "publish", summary: "Готово" } })).toMatchObject({ ok: true });
    expect(await compared(others.stranger, {}, other.id)).toBe("notFound");
    expect(await compared(null, {}, other.id)).toBe("notFound");
    expect(await compared(others.methodist, {}, other.id)).toBe("notFound");
    expect(await compared(other.author.actor, {}, other.id)).toBe("ok");
  });
});

describe("version numbers", () => {
  test.each([
    [{ from: "abc" }],
    [{ from: "0", to: "2" }],
    [{ from: "-1", to: "2" }],
    [{ from: "1.5", to: "2" }],
    [{ from: "1", to: "3" }],
    [{ from: "2", to: "1" }],
    [{ from: "2", to: "2" }],
    [{ to: "1" }],
    [{ from: ["1", "2"] }],
    [{ from: "1", to: "99999999999999999999" }],
  ])("%j is not found", async (params) => {
    expect(await compared(world.author.actor, params)).toBe("notFound");
  });

  test("an unknown or malformed material is not found; a material with one version has nothing to compare", async () => {
    expect(await compared(world.author.actor, {}, "00000000-0000-4000-8000-000000000000")).toBe("notFound");
    expect(await compared(world.author.actor, {}, "../etc")).toBe("notFound");
    const author = await createUser();
    const created = await createDraft({ actor: author.actor, input: first() });
    if (!created.ok) throw new Error("draft");
    expect(await compared(author.actor, {}, created.data.id)).toBe("notFound");
    await submitMaterial({ actor: author.actor, id: created.data.id, input: { note: "" } });
    expect(await compared(author.actor, {}, created.data.id)).toBe("notFound");
  });
});

describe("what changed", () => {
  test("by default the previous version against the current one: words, metadata and notes", async () => {
    const c = await compareVersions({ viewer: world.author.actor, id: world.id });
    expect(await compareVersions({ viewer: world.author.actor, id: world.id, from: "1", to: "2" })).toEqual(c);
    expect([c.from.number, c.to.number]).toEqual([1, 2]);
    expect(c.versions.map((v) => v.number)).toEqual([2, 1]);
    expect([c.from.note, c.to.note]).toEqual(["", "Добавлен 6 класс и рефлексия"]);
    // Whole Russian words, not letters.
    expect(c.text.title.parts).toEqual([
      { change: "same", text: "Урок «" },
      { change: "removed", text: "Дроби " },
      { change: "added", text: "Десятичные дроби " },
      { change: "same", text: "вокруг нас»" },
    ]);
    expect(c.text.abstract).toEqual({ changed: false, parts: [{ change: "same", text: "Технологическая карта урока математики в 5 классе." }] });
    expect(c.text.body.changed).toBe(true);
    expect(c.text.body.parts.filter((p) => p.change !== "same").map((p) => [p.change, p.text.trim()])).toEqual([["added", "3. Рефлексия"]]);
    expect(c.metadata).toEqual({
      kind: { changed: false, before: "lesson_plan", after: "lesson_plan" },
      licence: { changed: true, before: "cc_by", after: "cc_by_sa" },
      subjects: { changed: false, kept: ["mathematics"], added: [], removed: [] },
      levels: { changed: true, kept: ["grade_5"], added: ["grade_6"], removed: [] },
      themes: { changed: false, kept: [], added: [], removed: [] },
      tags: { changed: true, kept: ["дроби"], added: ["рефлексия"], removed: ["исследование"] },
      authors: { changed: true, kept: ["Иванова Мария Петровна", "Петров Пётр"], added: ["Сидорова А. А."], removed: [] },
      files: { changed: false, kept: [], added: [], removed: [] },
    });
  });

  test("an expert reviewing blind compares without learning the authors", async () => {
    const blind = await twoVersions({ blindReview: true });
    const c = await compareVersions({ viewer: blind.expert.actor, id: blind.id });
    expect(c.metadata.authors).toBeNull();
    expect((await compareVersions({ viewer: blind.author.actor, id: blind.id })).metadata.authors).not.toBeNull();
  });

  test("files are matched by id and shown by name; texts too different to diff quickly show whole", () => {
    expect(listDiff([{ key: "a", label: "план.pdf" }, { key: "b", label: "задачи.docx" }], [{ key: "b", label: "задачи.docx" }, { key: "c", label: "план.pdf" }])).toEqual({
      changed: true,
      kept: ["задачи.docx"],
      added: ["план.pdf"],
      removed: ["план.pdf"],
    });
    expect(textDiff("", "")).toEqual({ changed: false, parts: [] });
    expect(textDiff("", "Новый текст")).toEqual({ changed: true, parts: [{ change: "added", text: "Новый текст" }] });
    const words = (seed: number) => Array.from({ length: 20_000 }, (_, i) => `слово${(i * seed) % 9973}`).join(" ");
    const started = performance.now();
    const big = textDiff(words(7), words(13));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(big.changed).toBe(true);
    expect(big.parts.filter((p) => p.change === "removed").map((p) => p.text).join("")).toContain("слово7");
  });
});
