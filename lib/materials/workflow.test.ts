import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, materialAuthors, materials, materialVersions, notifications, reviewCriteria } from "@/db/schema";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { communityWithRoles, outcome, roleNames, type RoleName, type RoleWorld } from "@/test/community-roles";
import { createUser, tableCounts, type TestUser } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { readableMaterial } from "./access";
import { createDraft, submitMaterial, updateDraft } from "./drafts";
import { moderateMaterial } from "./moderation";
import { assignExpert, completeReview, takeForReview } from "./reviews";
import type { MaterialInput } from "./schemas";

const draft = (overrides: Partial<MaterialInput> = {}): MaterialInput => ({
  kind: "lesson_plan",
  title: "Урок-исследование «Дроби вокруг нас»",
  abstract: "Технологическая карта урока математики в 5 классе с заданиями на функциональную грамотность.",
  body: "## Ход урока\n\n1. Мотивация\n2. Исследование",
  subjects: ["mathematics"],
  levels: ["grade_5"],
  themes: ["functional_literacy"],
  tags: ["Дроби", "дроби", "исследование"],
  licence: "cc_by",
  communityId: null,
  coAuthors: [],
  blindReview: false,
  ...overrides,
});

let criteria: { id: string }[];
beforeAll(async () => {
  criteria = await (await getDb()).select({ id: reviewCriteria.id }).from(reviewCriteria).where(eq(reviewCriteria.active, true));
});
const scores = (score = 2) => criteria.map((c) => ({ criterionId: c.id, score, comment: "" }));

async function row(id: string) {
  const [m] = await (await getDb()).select().from(materials).where(eq(materials.id, id));
  return m!;
}

async function created(author: TestUser, overrides: Partial<MaterialInput> = {}): Promise<string> {
  const result = await createDraft({ actor: author.actor, input: draft(overrides) });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

async function submitted(author: TestUser, overrides: Partial<MaterialInput> = {}): Promise<string> {
  const id = await created(author, overrides);
  expect(await submitMaterial({ actor: author.actor, id, input: { note: "" } })).toEqual({ ok: true, data: { version: 1 } });
  return id;
}

/** "ok" when the viewer may read the material, else the DomainError code. */
const readOutcome = (viewer: Actor | null, id: string) => outcome(async () => ((await readableMaterial(viewer, id)).canRead ? { ok: true } : { ok: false }));

async function bellOf(user: TestUser) {
  return (await getDb()).select({ kind: notifications.kind, params: notifications.params }).from(notifications).where(eq(notifications.userId, user.id));
}

describe("drafts", () => {
  test("a signed-in user writes a draft: tags cleaned, the owner the first author, the action logged", async () => {
    const author = await createUser({ fullName: "Иванова Мария Петровна" });
    const outside = { name: "Петров П. П." };
    const id = await created(author, { coAuthors: [outside] });
    const m = await row(id);
    expect(m).toMatchObject({ status: "draft", ownerId: author.id, tags: ["дроби", "исследование"], version: 0 });
    expect(m.searchText).toContain("иванова");
    const authors = await (await getDb()).select().from(materialAuthors).where(eq(materialAuthors.materialId, id)).orderBy(materialAuthors.position);
    expect(authors.map((a) => [a.userId, a.name])).toEqual([
      [author.id, "Иванова Мария Петровна"],
      [null, "Петров П. П."],
    ]);
    const logged = await (await getDb()).select().from(activityLog).where(and(eq(activityLog.objectId, id), eq(activityLog.verb, "material.created")));
    expect(logged).toHaveLength(1);
  });

  test("bad input gets field errors and writes nothing", async () => {
    const author = await createUser();
    const before = await tableCounts();
    const result = await createDraft({ actor: author.actor, input: { ...draft(), title: " ", subjects: [], licence: "gpl", levels: ["grade_12"] } });
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { title: "required", subjects: "required", licence: "required", "levels.0": "invalid" } });
    expect(await outcome(() => createDraft({ actor: null, input: draft() }))).toBe("unauthenticated");
    expect(await createDraft({ actor: author.actor, input: draft({ coAuthors: [{ userId: "00000000-0000-4000-8000-000000000000" }] }) })).toMatchObject({ fieldErrors: { coAuthors: "authorUnknown" } });
    expect(await tableCounts()).toEqual(before);
  });

  test("a community takes materials from its members only, with the service on, while not archived", async () => {
    const author = await createUser();
    const [open, off, archived, foreign] = await Promise.all([
      createCommunityRow(),
      createCommunityRow({ services: ["forum"] }),
      createCommunityRow({ liquidatedAt: new Date("2026-01-01"), liquidationOrderNumber: "1", liquidationOrderDate: "2026-01-01" }),
      createCommunityRow(),
    ]);
    for (const c of [open, off, archived]) await addMembership(c.id, { userId: author.id });
    expect((await createDraft({ actor: author.actor, input: draft({ communityId: open.id }) })).ok).toBe(true);
    expect(await createDraft({ actor: author.actor, input: draft({ communityId: off.id }) })).toMatchObject({ fieldErrors: { communityId: "materialsOff" } });
    expect(await createDraft({ actor: author.actor, input: draft({ communityId: archived.id }) })).toMatchObject({ fieldErrors: { communityId: "communityArchived" } });
    expect(await createDraft({ actor: author.actor, input: draft({ communityId: foreign.id }) })).toMatchObject({ fieldErrors: { communityId: "notMember" } });
  });

  test("only the owner edits, and only a draft or a returned material; others do not even see a draft", async () => {
    const [author, other] = await Promise.all([createUser(), createUser()]);
    const id = await created(author);
    expect(await updateDraft({ actor: author.actor, id, input: draft({ title: "Новое название урока" }) })).toEqual({ ok: true, data: undefined });
    expect((await row(id)).title).toBe("Новое название урока");
    expect(await outcome(() => updateDraft({ actor: other.actor, id, input: draft() }))).toBe("notFound");
    expect(await readOutcome(null, id)).toBe("notFound");
    await submitMaterial({ actor: author.actor, id, input: { note: "" } });
    expect(await updateDraft({ actor: author.actor, id, input: draft() })).toMatchObject({ ok: false, error: "notEditable" });
  });

  test("submitting keeps a version; an empty material or a second submit is refused", async () => {
    const author = await createUser();
    const empty = await created(author, { body: "" });
    expect(await submitMaterial({ actor: author.actor, id: empty, input: { note: "" } })).toEqual({ ok: false, error: "contentRequired" });
    const id = await submitted(author);
    expect(await submitMaterial({ actor: author.actor, id, input: { note: "" } })).toEqual({ ok: false, error: "alreadySubmitted" });
    const versions = await (await getDb()).select().from(materialVersions).where(eq(materialVersions.materialId, id));
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ number: 1, title: draft().title, metadata: { kind: "lesson_plan", licence: "cc_by" } });
    expect(await row(id)).toMatchObject({ status: "submitted", version: 1 });
  });
});

describe("expert review", () => {
  let world: RoleWorld;
  let expert: TestUser;
  beforeAll(async () => {
    world = await communityWithRoles();
    expert = await createUser({ roles: ["participant", "expert"], fullName: "Эксперт Э. Э." });
  });

  const mayAssign: Record<RoleName, boolean> = {
    guest: false,
    nonMember: false,
    member: false,
    moderatorHere: false,
    moderatorElsewhere: false,
    leader: true,
    leaderOfParent: true,
    administrator: true,
    methodist: true,
  };
  test.each(roleNames.map((r) => [r, mayAssign[r]] as const))("%s may assign an expert to a community's material: %s", async (role, allowed) => {
    const author = await createUser();
    await addMembership(world.community.id, { userId: author.id });
    const id = await submitted(author, { communityId: world.community.id });
    const result = await outcome(() => assignExpert({ actor: world.actor(role), id, input: { expertId: expert.id } }));
    expect(result).toBe(allowed ? "ok" : role === "guest" ? "unauthenticated" : role === "member" || role === "nonMember" || role === "moderatorElsewhere" ? "notFound" : "forbidden");
  });

  test("the expert is never an author, and must hold the expert role", async () => {
    const author = await createUser({ roles: ["participant", "expert"] });
    const coAuthor = await createUser({ roles: ["participant", "expert"] });
    const id = await submitted(author, { coAuthors: [{ userId: coAuthor.id }] });
    const methodist = world.users.methodist.actor;
    expect(await assignExpert({ actor: methodist, id, input: { expertId: coAuthor.id } })).toMatchObject({ fieldErrors: { expertId: "expertIsAuthor" } });
    expect(await assignExpert({ actor: methodist, id, input: { expertId: world.users.member.id } })).toMatchObject({ fieldErrors: { expertId: "notAnExpert" } });
    expect(await takeForReview({ actor: author.actor, id })).toEqual({ ok: false, error: "expertIsAuthor" });
    expect((await takeForReview({ actor: expert.actor, id })).ok).toBe(true);
    expect(await takeForReview({ actor: expert.actor, id })).toEqual({ ok: false, error: "alreadyReviewing" });
  });

  test("returned, revised, resubmitted, published: each step notified and only a verdict publishes", async () => {
    const author = await createUser();
    const id = await submitted(author);
    expect(await readOutcome(null, id)).toBe("notFound");
    const assigned = await assignExpert({ actor: world.users.methodist.actor, id, input: { expertId: expert.id } });
    if (!assigned.ok) throw new Error(assigned.error);
    expect((await bellOf(expert)).some((n) => n.kind === "material.reviewAssigned")).toBe(true);
    expect(await row(id)).toMatchObject({ status: "under_review" });

    const reviewId = assigned.data.reviewId;
    expect(await completeReview({ actor: expert.actor, reviewId, input: { scores: scores().slice(1), verdict: "publish", summary: "Хорошо" } })).toMatchObject({ fieldErrors: { scores: "scoresIncomplete" } });
    expect(await outcome(() => completeReview({ actor: world.users.methodist.actor, reviewId, input: { scores: scores(), verdict: "publish", summary: "Хорошо" } }))).toBe("notFound");
    expect(await completeReview({ actor: expert.actor, reviewId, input: { scores: scores(1), verdict: "return", summary: "Добавьте критерии оценивания" } })).toEqual({ ok: true, data: { status: "returned" } });
    expect(await completeReview({ actor: expert.actor, reviewId, input: { scores: scores(), verdict: "publish", summary: "Повторно" } })).toEqual({ ok: false, error: "reviewClosed" });
    expect((await bellOf(author)).map((n) => n.kind)).toContain("material.returned");

    expect((await updateDraft({ actor: author.actor, id, input: draft({ body: "## Ход урока\n\nС критериями оценивания." }) })).ok).toBe(true);
    expect(await submitMaterial({ actor: author.actor, id, input: { note: "Добавлены критерии" } })).toEqual({ ok: true, data: { version: 2 } });
    const second = await takeForReview({ actor: expert.actor, id });
    if (!second.ok) throw new Error(second.error);
    expect(await completeReview({ actor: expert.actor, reviewId: second.data.reviewId, input: { scores: scores(3), verdict: "publish", summary: "Готово к публикации" } })).toEqual({ ok: true, data: { status: "published" } });
    expect(await row(id)).toMatchObject({ status: "published", version: 2 });
    expect((await readableMaterial(null, id)).material.publishedAt).not.toBeNull();
    expect((await bellOf(author)).map((n) => n.kind)).toContain("material.published");
  });

  test("a published material of a members-only community is read by its members only", async () => {
    const closed = await communityWithRoles({ visibility: "members" });
    const author = closed.users.member;
    const id = await submitted(author, { communityId: closed.community.id });
    const review = await assignExpert({ actor: closed.users.leader.actor, id, input: { expertId: expert.id } });
    if (!review.ok) throw new Error(review.error);
    await completeReview({ actor: expert.actor, reviewId: review.data.reviewId, input: { scores: scores(), verdict: "publish", summary: "Да" } });
    expect(await readOutcome(null, id)).toBe("notFound");
    expect(await readOutcome(closed.users.nonMember.actor, id)).toBe("notFound");
    expect((await readableMaterial(closed.users.moderatorHere.actor, id)).canRead).toBe(true);
    expect((await readableMaterial(closed.users.methodist.actor, id)).canRead).toBe(true);
  });
});

describe("moderation", () => {
  test("an administrator or the community's staff unpublish or remove with a reason; the authors are told", async () => {
    const world = await communityWithRoles();
    const expert = await createUser({ roles: ["participant", "expert"] });
    const author = world.users.member;
    const id = await submitted(author, { communityId: world.community.id });
    const review = await takeForReview({ actor: expert.actor, id });
    if (!review.ok) throw new Error(review.error);
    await completeReview({ actor: expert.actor, reviewId: review.data.reviewId, input: { scores: scores(), verdict: "publish", summary: "Да" } });
    expect(await moderateMaterial({ actor: world.users.nonMember.actor, id, input: { action: "unpublish", reason: "Нарушение" } })).toEqual({ ok: false, error: "forbidden" });
    expect(await moderateMaterial({ actor: world.users.moderatorHere.actor, id, input: { action: "unpublish", reason: "" } })).toMatchObject({ fieldErrors: { reason: "required" } });
    expect(await moderateMaterial({ actor: world.users.moderatorHere.actor, id, input: { action: "unpublish", reason: "Устаревшие данные" } })).toEqual({ ok: true, data: undefined });
    expect(await row(id)).toMatchObject({ status: "unpublished", moderationReason: "Устаревшие данные" });
    expect(await readOutcome(null, id)).toBe("notFound");
    expect(await moderateMaterial({ actor: world.users.administrator.actor, id, input: { action: "unpublish", reason: "Ещё раз" } })).toEqual({ ok: false, error: "notPublished" });
    expect(await moderateMaterial({ actor: world.users.administrator.actor, id, input: { action: "remove", reason: "Дубликат" } })).toEqual({ ok: true, data: undefined });
    expect((await bellOf(author)).map((n) => n.kind)).toEqual(expect.arrayContaining(["material.unpublished", "material.removed"]));
  });
});
