import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { materials, type Community } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { createUser, type TestUser } from "@/test/factories";
import { foldText, markdownToText, searchColumns } from "./search-document";
import { roundEstimate, searchMaterials, type SearchPage } from "./search";

// Search against the real database: one small bank written straight to the table (with the same
// search columns the mutations write), read by a guest, a non-member, a member and a methodist.

const DAY = 86_400_000;

type Seed = Partial<typeof materials.$inferInsert> & { title: string; authors?: string[] };

let owner: TestUser;
let member: TestUser;
let outsider: TestUser;
let methodist: TestUser;
let open: Community;
let club: Community;
const ids: Record<string, string> = {};

async function addMaterial(key: string, { title, abstract = "", body = "", tags = [], authors = ["Смирнова Анна Сергеевна"], ...rest }: Seed): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .insert(materials)
    .values({
      kind: "lesson_plan",
      subjects: ["mathematics"],
      levels: ["grade_5"],
      licence: "cc_by",
      ownerId: owner.id,
      status: "published",
      publishedAt: new Date(Date.now() - 30 * DAY),
      ...rest,
      title,
      abstract,
      body,
      tags,
      ...searchColumns({ title, abstract, body, tags, authors }),
    })
    .returning({ id: materials.id });
  ids[key] = row!.id;
  return row!.id;
}

async function search(viewer: Actor | null, query: unknown): Promise<SearchPage> {
  const result = await searchMaterials({ viewer, query });
  if (!result.ok) throw new Error(`search failed: ${JSON.stringify(result)}`);
  return result.data;
}

const titles = (page: SearchPage) => page.items.map((i) => i.title);
const keysOf = (page: SearchPage) => page.items.map((i) => Object.keys(ids).find((k) => ids[k] === i.id));
const count = (list: { code?: string; id?: string; count: number }[], key: string) => list.find((f) => (f.code ?? f.id) === key)?.count ?? 0;

beforeAll(async () => {
  owner = await createUser({ fullName: "Смирнова Анна Сергеевна" });
  member = await createUser();
  outsider = await createUser();
  methodist = await createUser({ roles: ["participant", "methodist"] });
  open = await createCommunityRow({ name: "Лаборатория функциональной грамотности", visibility: "public" });
  club = await createCommunityRow({ name: "Клуб молодых педагогов", visibility: "members" });
  await addMembership(club.id, { userId: member.id });

  await addMaterial("oge", {
    title: "Материалы для подготовки к ОГЭ по математике",
    abstract: "Тренировочные варианты с ответами.",
    kind: "assessment_materials",
    levels: ["grade_9"],
    themes: ["assessment_quality"],
    viewCount: 100,
    downloadCount: 10,
    ratingCount: 2,
    ratingSum: 9,
    publishedAt: new Date(Date.now() - 10 * DAY),
  });
  await addMaterial("lessons", {
    title: "Сборник уроков геометрии",
    abstract: "Учебный материал для 7–8 классов: треугольники и окружности.",
    kind: "lesson_plan",
    levels: ["grade_7", "grade_8"],
    licence: "cc_by_sa",
    viewCount: 10,
    downloadCount: 50,
    publishedAt: new Date(Date.now() - 5 * DAY),
  });
  await addMaterial("literacy", {
    title: "Формирование функциональной грамотности школьников",
    abstract: `Рекомендации для учителей русского языка и математики. ${"Задания в формате PISA с разбором ответов учеников и критериями оценивания. ".repeat(4)}`,
    kind: "methodological_recommendations",
    subjects: ["russian", "mathematics"],
    levels: ["grade_5", "grade_6"],
    themes: ["functional_literacy"],
    licence: "network_only",
    communityId: open.id,
    viewCount: 300,
    publishedAt: new Date(Date.now() - 20 * DAY),
  });
  await addMaterial("games", {
    title: "Математика в начальной школе: игры",
    abstract: "Игры на уроке для второго класса.",
    body: "## Ход игры\nСначала — **разминка** по геометрии, затем [лото](https://example.com/secretword) и ![схема](https://example.com/pic.png).",
    kind: "presentation",
    subjects: ["primary"],
    levels: ["grade_2"],
    licence: "cc_by_nc",
    viewCount: 5,
    downloadCount: 1,
    publishedAt: new Date(Date.now() - 1 * DAY),
  });
  await addMaterial("closed", {
    title: "Закрытый материал клуба молодых педагогов",
    abstract: "Разбор трудных ситуаций первого года работы.",
    kind: "article",
    subjects: ["psychology"],
    themes: ["early_career_teachers"],
    communityId: club.id,
    publishedAt: new Date(Date.now() - 3 * DAY),
  });
  await addMaterial("draft", { title: "Черновик материала о дробях", status: "draft", publishedAt: null });
  await addMaterial("removed", { title: "Снятый материал о геометрии", status: "removed" });
});

describe("searchColumns", () => {
  it("folds the trigram text and strips Markdown down to its words", () => {
    const { searchText } = searchColumns({ title: "Ёлочные  ИГРУШКИ", abstract: "", body: "", tags: ["новый год"], authors: ["Фёдорова Марина"] });
    expect(searchText).toBe("елочные игрушки новый год федорова марина");
    expect(foldText("  Ёж  и ЁЛКА ")).toBe("еж и елка");
    expect(markdownToText("## План\n- **шаг** _один_\n> [ссылка](https://x.ru/a) и ![рисунок](p.png)\n| a | b |\n| --- | --- |")).toBe("План шаг один ссылка и рисунок a b");
  });

  it("indexes the body's words but not its link addresses", async () => {
    expect(keysOf(await search(null, { q: "разминка" }))).toEqual(["games"]);
    expect((await search(null, { q: "secretword" })).total).toBe(0);
  });
});

describe("matching Russian word forms", () => {
  it.each([
    ["материал", ["oge", "lessons"]],
    ["материалы", ["oge", "lessons"]],
    ["урок", ["lessons", "games"]],
    ["уроки", ["lessons", "games"]],
    ["функциональная грамотность", ["literacy"]],
    ["геометрия", ["lessons", "games"]],
  ])("%s finds %j", async (q, expected) => {
    const page = await search(null, { q });
    expect(keysOf(page).sort()).toEqual([...expected].sort());
    expect(page.total).toBe(expected.length);
  });

  it("finds a title through a typo, and a typo match never outranks a real one", async () => {
    expect(keysOf(await search(null, { q: "матиматика" }))[0]).toBe("games");
    expect(keysOf(await search(null, { q: "гиометрии" }))).toContain("lessons");
    expect((await search(null, { q: "урак" })).total).toBe(0);
  });

  it("ranks a title match above a body match, and matches every word", async () => {
    expect(keysOf(await search(null, { q: "геометрия" }))).toEqual(["lessons", "games"]);
    expect(keysOf(await search(null, { q: "геометрия игры" }))).toEqual(["games"]);
    expect(keysOf(await search(null, { q: "геометрия -игры" }))).toEqual(["lessons"]);
  });

  it("never finds drafts or removed materials", async () => {
    expect((await search(null, { q: "дробях" })).total).toBe(0);
    expect((await search(methodist.actor, { q: "снятый" })).total).toBe(0);
  });
});

describe("results", () => {
  it("lists every visible published material newest first when the text is empty", async () => {
    const page = await search(null, {});
    expect(keysOf(page)).toEqual(["games", "lessons", "oge", "literacy"]);
    expect(page).toMatchObject({ total: 4, page: 1, pageCount: 1 });
  });

  it.each([
    ["newest", ["games", "lessons", "oge", "literacy"]],
    // Demand = views + 3 × downloads: 300, 160, 130, 8.
    ["demand", ["literacy", "lessons", "oge", "games"]],
  ])("sorts by %s", async (sort, expected) => {
    expect(keysOf(await search(null, { sort }))).toEqual(expected);
  });

  it("sorts a text search by relevance unless asked otherwise", async () => {
    expect(keysOf(await search(null, { q: "геометрия", sort: "newest" }))).toEqual(["games", "lessons"]);
    expect(keysOf(await search(null, { q: "геометрия", sort: "relevance" }))).toEqual(["lessons", "games"]);
  });

  it("returns cards: excerpt, rating, community and counters", async () => {
    const page = await search(null, { q: "грамотность" });
    const card = page.items[0]!;
    expect(card).toMatchObject({ kind: "methodological_recommendations", subjects: ["russian", "mathematics"], levels: ["grade_5", "grade_6"], viewCount: 300, downloadCount: 0, ratingAvg: null, communityName: open.name });
    expect(card.excerpt.length).toBeLessThanOrEqual(221);
    expect(card.excerpt.endsWith("…")).toBe(true);
    expect(card.publishedAt).toBeInstanceOf(Date);
    const oge = (await search(null, { q: "ОГЭ" })).items[0]!;
    expect(oge).toMatchObject({ ratingAvg: 4.5, communityName: null, excerpt: "Тренировочные варианты с ответами." });
  });
});

describe("facets", () => {
  it("counts every facet over the match", async () => {
    const { facets, total } = await search(null, {});
    expect(total).toBe(4);
    expect(facets.kind).toEqual(
      expect.arrayContaining([
        { code: "assessment_materials", count: 1 },
        { code: "lesson_plan", count: 1 },
        { code: "methodological_recommendations", count: 1 },
        { code: "presentation", count: 1 },
      ]),
    );
    expect(facets.kind).toHaveLength(4);
    expect(facets.subject[0]).toEqual({ code: "mathematics", count: 3 });
    expect(count(facets.subject, "russian")).toBe(1);
    expect(count(facets.subject, "primary")).toBe(1);
    expect(count(facets.level, "grade_5")).toBe(1);
    expect(count(facets.level, "grade_8")).toBe(1);
    expect(count(facets.theme, "functional_literacy")).toBe(1);
    expect(count(facets.licence, "cc_by")).toBe(1);
    expect(count(facets.licence, "network_only")).toBe(1);
    expect(facets.community).toEqual([{ id: open.id, name: open.name, count: 1 }]);
  });

  it("applies the other facets' filters to each facet, and all of them to the results", async () => {
    const bySubject = await search(null, { subject: "mathematics" });
    expect(bySubject.total).toBe(3);
    expect(count(bySubject.facets.subject, "primary")).toBe(1);
    expect(bySubject.facets.kind.map((f) => f.code).sort()).toEqual(["assessment_materials", "lesson_plan", "methodological_recommendations"]);

    const both = await search(null, { subject: "mathematics", kind: "lesson_plan" });
    expect(keysOf(both)).toEqual(["lessons"]);
    expect(both.facets.kind).toHaveLength(3);
    expect(both.facets.subject).toEqual([{ code: "mathematics", count: 1 }]);
    expect(both.facets.level.map((f) => f.code).sort()).toEqual(["grade_7", "grade_8"]);
  });

  it("takes a repeated parameter as any of its values", async () => {
    const page = await search(null, { kind: ["lesson_plan", "presentation"], level: ["grade_2", "grade_8", ""] });
    expect(keysOf(page).sort()).toEqual(["games", "lessons"]);
    expect((await search(null, { theme: "functional_literacy", licence: "network_only", community: open.id })).total).toBe(1);
  });

  it("counts only the text's matches", async () => {
    const { facets, total } = await search(null, { q: "геометрия" });
    expect(total).toBe(2);
    expect(facets.kind.map((f) => f.code).sort()).toEqual(["lesson_plan", "presentation"]);
    expect(facets.community).toEqual([]);
  });
});

describe("visibility", () => {
  it.each([
    ["a guest", () => null],
    ["a non-member", () => outsider.actor],
  ])("%s never sees a members-only community's material, nor counts it", async (_, viewer) => {
    const all = await search(viewer(), {});
    expect(keysOf(all)).not.toContain("closed");
    expect(all.total).toBe(4);
    expect(all.facets.community.map((c) => c.id)).not.toContain(club.id);
    expect(count(all.facets.kind, "article")).toBe(0);
    expect(count(all.facets.theme, "early_career_teachers")).toBe(0);
    const byText = await search(viewer(), { q: "клуба педагогов" });
    expect(byText.total).toBe(0);
    expect(byText.facets.kind).toEqual([]);
    expect((await search(viewer(), { community: club.id })).total).toBe(0);
  });

  it.each([
    ["a member", () => member.actor],
    ["a methodist", () => methodist.actor],
  ])("%s sees it and counts it", async (_, viewer) => {
    const all = await search(viewer(), {});
    expect(keysOf(all)).toContain("closed");
    expect(all.total).toBe(5);
    expect(all.facets.community).toContainEqual({ id: club.id, name: club.name, count: 1 });
    expect(count(all.facets.kind, "article")).toBe(1);
    expect(count(all.facets.subject, "psychology")).toBe(1);
    expect(keysOf(await search(viewer(), { q: "материал клуба" }))).toEqual(["closed"]);
  });
});

describe("bad input", () => {
  it.each([
    [{ kind: "textbook" }, "kind"],
    [{ subject: ["mathematics", "alchemy"] }, "subject"],
    [{ level: "grade_12" }, "level"],
    [{ theme: 7 }, "theme"],
    [{ licence: "gpl" }, "licence"],
    [{ community: "not-an-id" }, "community"],
    [{ sort: "random" }, "sort"],
    [{ page: 0 }, "page"],
    [{ page: "-3" }, "page"],
    [{ page: "2.5" }, "page"],
    [{ page: "abc" }, "page"],
    [{ q: ["две", "строки"] }, "q"],
  ])("%j is refused with a message for %s", async (query, field) => {
    const result = await searchMaterials({ viewer: null, query });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe("invalid");
    expect(Object.keys(result.fieldErrors ?? {}).some((key) => key === field || key.startsWith(`${field}.`))).toBe(true);
  });

  it("refuses a text over 200 characters as too long", async () => {
    const result = await searchMaterials({ viewer: null, query: { q: "а".repeat(201) } });
    expect(result).toEqual({ ok: false, error: "invalid", fieldErrors: { q: "tooLong" } });
    expect((await searchMaterials({ viewer: null, query: { q: `  ${"а".repeat(200)}  ` } })).ok).toBe(true);
  });

  it.each(["'; drop table materials; --", '"незакрытая кавычка', "(((", "!:* & | <->", "-", "or", "ё", "   "])("takes %j as text without throwing", async (q) => {
    const result = await searchMaterials({ viewer: null, query: { q } });
    expect(result.ok).toBe(true);
  });

  it("takes a missing query as an empty one", async () => {
    const result = await searchMaterials({ viewer: null, query: undefined });
    expect(result.ok && result.data.total).toBe(4);
  });
});

// Last: it adds rows the counts above do not expect, and removes them again.
describe("pagination", () => {
  const added: string[] = [];
  beforeAll(async () => {
    for (let i = 1; i <= 25; i++) {
      added.push(await addMaterial(`round${i}`, { title: `Хоровод № ${i}`, kind: "lesson_video", publishedAt: new Date(Date.now() - (40 + i) * DAY) }));
    }
  });
  afterAll(async () => {
    const db = await getDb();
    await db.delete(materials).where(inArray(materials.id, added));
  });

  it("gives 20 a page, the rest on the next, and clamps a page past the end", async () => {
    const first = await search(null, { q: "хороводы" });
    expect(first).toMatchObject({ total: 25, page: 1, pageCount: 2, approximate: false });
    expect(first.items).toHaveLength(20);
    const second = await search(null, { q: "хороводы", page: "2" });
    expect(second.items).toHaveLength(5);
    expect(new Set([...titles(first), ...titles(second)]).size).toBe(25);
    const past = await search(null, { q: "хороводы", page: 9 });
    expect(past.page).toBe(2);
    expect(titles(past)).toEqual(titles(second));
    expect(count(first.facets.kind, "lesson_video")).toBe(25);
  });
});

// A broad search (over searchSampleSize matches) reads a bounded sample; a small sample size stands in for it here.
describe("broad searches", () => {
  const added: string[] = [];
  beforeAll(async () => {
    for (let i = 1; i <= 25; i++) {
      added.push(await addMaterial(`dance${i}`, { title: `Кадриль № ${i}`, kind: "lesson_video", publishedAt: new Date(Date.now() - (60 + i) * DAY) }));
    }
    for (let i = 1; i <= 5; i++) {
      added.push(await addMaterial(`clubDance${i}`, { title: `Кадриль клуба № ${i}`, kind: "article", communityId: club.id, publishedAt: new Date(Date.now() - (50 + i) * DAY) }));
    }
  });
  afterAll(async () => {
    const db = await getDb();
    await db.delete(materials).where(inArray(materials.id, added));
  });

  const broad = async (viewer: Actor | null, query: Record<string, unknown>, sampleSize: number) => {
    const result = await searchMaterials({ viewer, query, sampleSize });
    if (!result.ok) throw new Error(`search failed: ${JSON.stringify(result)}`);
    return result.data;
  };

  it("is exact up to the sample size and says so", async () => {
    const page = await broad(null, { q: "кадриль" }, 25);
    expect(page).toMatchObject({ approximate: false, total: 25, pageCount: 2 });
    expect(count(page.facets.kind, "lesson_video")).toBe(25);
  });

  it("estimates the total and facets past it, at least what the sample holds, and marks them approximate", async () => {
    const page = await broad(null, { q: "кадриль" }, 10);
    expect(page.approximate).toBe(true);
    expect(page.total).toBeGreaterThanOrEqual(11);
    expect(count(page.facets.kind, "lesson_video")).toBe(page.total);
    expect(page.items).toHaveLength(10);
    expect(page.pageCount).toBe(1);
    expect(titles(page).every((t) => t.startsWith("Кадриль № "))).toBe(true);
  });

  it("pages through the sample and clamps a page past it", async () => {
    const first = await broad(null, { q: "кадриль" }, 22);
    expect(first).toMatchObject({ approximate: true, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(20);
    const second = await broad(null, { q: "кадриль", page: 2 }, 22);
    expect(second.items).toHaveLength(2);
    expect(new Set([...titles(first), ...titles(second)]).size).toBe(22);
    const past = await broad(null, { q: "кадриль", page: 9 }, 22);
    expect(past.page).toBe(2);
    expect(titles(past)).toEqual(titles(second));
  });

  it("lists the newest matches first in exact order, walking the date index", async () => {
    const page = await broad(null, { q: "кадриль", sort: "newest" }, 10);
    expect(page.approximate).toBe(true);
    expect(titles(page).slice(0, 3)).toEqual(["Кадриль № 1", "Кадриль № 2", "Кадриль № 3"]);
  });

  it("lists the newest of the whole bank first when there is no text", async () => {
    const page = await broad(null, {}, 2);
    expect(page.approximate).toBe(true);
    expect(titles(page)[0]).toBe("Математика в начальной школе: игры");
  });

  it("never shows nor counts a members-only material to an outsider", async () => {
    for (const viewer of [null, outsider.actor]) {
      for (const query of [{ q: "кадриль" }, { q: "кадриль", sort: "newest" }, { q: "кадриль", sort: "demand" }, {}]) {
        const page = await broad(viewer, query, 3);
        expect(page.approximate).toBe(true);
        expect(keysOf(page).some((k) => k?.startsWith("clubDance") || k === "closed")).toBe(false);
        expect(page.facets.community.map((c) => c.id)).not.toContain(club.id);
        expect(count(page.facets.kind, "article")).toBe(0);
      }
    }
    const members = await broad(member.actor, { q: "кадриль клуба" }, 3);
    expect(members.approximate).toBe(true);
    expect(keysOf(members).every((k) => k?.startsWith("clubDance"))).toBe(true);
    expect(count(members.facets.community, club.id)).toBe(members.total);
  });

  it("rounds an estimate to two significant digits", () => {
    expect([0.4, 57.4, 99_320, 1_234, 136_276].map(roundEstimate)).toEqual([1, 57, 99_000, 1_200, 140_000]);
  });
});
