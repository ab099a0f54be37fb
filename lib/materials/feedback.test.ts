import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, materialAuthors, materialExperiences, materialRatings, materials, notifications } from "@/db/schema";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { outcome } from "@/test/community-roles";
import { createUser, tableCounts } from "@/test/factories";
import { createMaterialRow } from "@/test/material-factories";
import { deleteExperience, listExperiences, recordExperience } from "./experiences";
import { rateMaterial } from "./ratings";

// Ratings and experiences of use: colleagues only, published materials only, one rating each.

const experience = { grade: "7 «Б» класс", context: "Урок-практикум по окончании темы", result: "Класс решил 8 задач из 10, интерес к теме вырос" };

async function totals(id: string) {
  const [row] = await (await getDb()).select({ count: materials.ratingCount, sum: materials.ratingSum }).from(materials).where(eq(materials.id, id));
  return row;
}

async function bell(userId: string) {
  return (await getDb()).select({ kind: notifications.kind, params: notifications.params }).from(notifications).where(eq(notifications.userId, userId));
}

describe("ratings", () => {
  test("one rating per colleague, changeable: totals follow, the authors hear of the first one only", async () => {
    const [author, coAuthor, colleague, other] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    const m = await createMaterialRow(author);
    await (await getDb()).insert(materialAuthors).values({ materialId: m.id, position: 1, userId: coAuthor.id, name: coAuthor.fullName });
    expect(await rateMaterial({ actor: colleague.actor, id: m.id, input: { score: 4 } })).toEqual({ ok: true, data: { score: 4, average: 4, count: 1 } });
    expect(await rateMaterial({ actor: other.actor, id: m.id, input: { score: 5 } })).toEqual({ ok: true, data: { score: 5, average: 4.5, count: 2 } });
    // The second rating by the same colleague replaces the first.
    expect(await rateMaterial({ actor: colleague.actor, id: m.id, input: { score: 2 } })).toEqual({ ok: true, data: { score: 2, average: 3.5, count: 2 } });
    expect(await totals(m.id)).toEqual({ count: 2, sum: 7 });
    const rows = await (await getDb()).select().from(materialRatings).where(eq(materialRatings.materialId, m.id));
    expect(rows.map((r) => r.score).sort()).toEqual([2, 5]);
    for (const a of [author, coAuthor]) expect((await bell(a.id)).filter((n) => n.kind === "material.rated")).toHaveLength(2);
    const logged = await (await getDb()).select().from(activityLog).where(and(eq(activityLog.objectId, m.id), eq(activityLog.verb, "material.rated")));
    expect(logged).toHaveLength(3);
  });

  test("parallel ratings by one person leave one row and consistent totals", async () => {
    const [author, colleague] = await Promise.all([createUser(), createUser()]);
    const m = await createMaterialRow(author);
    const results = await Promise.all([3, 5, 4, 1].map((score) => rateMaterial({ actor: colleague.actor, id: m.id, input: { score } })));
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await (await getDb()).select().from(materialRatings).where(eq(materialRatings.materialId, m.id));
    expect(rows).toHaveLength(1);
    expect(await totals(m.id)).toEqual({ count: 1, sum: rows[0]!.score });
  });

  test("refused: a guest, an author, an unpublished material, a score outside 1–5; nothing written", async () => {
    const [author, colleague] = await Promise.all([createUser(), createUser()]);
    const m = await createMaterialRow(author);
    const draft = await createMaterialRow(author, { status: "draft", publishedAt: null });
    const before = await tableCounts([materialRatings, notifications, activityLog]);
    expect(await outcome(() => rateMaterial({ actor: null, id: m.id, input: { score: 5 } }))).toBe("unauthenticated");
    expect(await outcome(() => rateMaterial({ actor: author.actor, id: m.id, input: { score: 5 } }))).toBe("ownMaterial");
    expect(await outcome(() => rateMaterial({ actor: colleague.actor, id: draft.id, input: { score: 5 } }))).toBe("notFound");
    for (const score of [0, 6, 2.5, "5", null]) {
      expect(await rateMaterial({ actor: colleague.actor, id: m.id, input: { score } })).toMatchObject({ ok: false, fieldErrors: { score: expect.any(String) } });
    }
    expect(await rateMaterial({ actor: colleague.actor, id: m.id, input: { score: 9 } })).toEqual({ ok: false, error: "invalid", fieldErrors: { score: "ratingRange" } });
    expect(await outcome(() => rateMaterial({ actor: colleague.actor, id: "not-an-id", input: { score: 5 } }))).toBe("notFound");
    expect(await tableCounts([materialRatings, notifications, activityLog])).toEqual(before);
  });

  test("a members-only community's material: members rate it, others do not even see it", async () => {
    const [author, member, outsider] = await Promise.all([createUser(), createUser(), createUser()]);
    const club = await createCommunityRow({ visibility: "members" });
    await addMembership(club.id, { userId: author.id });
    await addMembership(club.id, { userId: member.id });
    const m = await createMaterialRow(author, { communityId: club.id });
    expect(await outcome(() => rateMaterial({ actor: member.actor, id: m.id, input: { score: 5 } }))).toBe("ok");
    expect(await outcome(() => rateMaterial({ actor: outsider.actor, id: m.id, input: { score: 1 } }))).toBe("notFound");
  });
});

describe("experiences of use", () => {
  test("a colleague records one, the authors are told, everyone who reads the material sees it", async () => {
    const [author, colleague, reader] = await Promise.all([createUser(), createUser({ fullName: "Кузнецова Ольга Игоревна" }), createUser()]);
    const m = await createMaterialRow(author);
    const recorded = await recordExperience({ actor: colleague.actor, id: m.id, input: { ...experience, grade: "  7 «Б» класс " } });
    expect(recorded.ok).toBe(true);
    expect(await bell(author.id)).toContainEqual({ kind: "material.experience", params: { title: m.title, name: "Кузнецова Ольга Игоревна" } });
    const list = await listExperiences({ viewer: reader.actor, materialId: m.id, canModerate: false });
    expect(list).toEqual([expect.objectContaining({ ...experience, authorName: "Кузнецова Ольга Игоревна", canDelete: false })]);
    const logged = await (await getDb()).select().from(activityLog).where(and(eq(activityLog.objectId, m.id), eq(activityLog.verb, "material.experience_recorded")));
    expect(logged).toHaveLength(1);
  });

  test("bad input: field errors, nothing written; authors and guests refused", async () => {
    const [author, colleague] = await Promise.all([createUser(), createUser()]);
    const m = await createMaterialRow(author);
    const before = await tableCounts([materialExperiences, notifications, activityLog]);
    expect(await recordExperience({ actor: colleague.actor, id: m.id, input: { grade: " ", context: "коротко", result: "x".repeat(2_001) } })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { grade: "required", context: "required", result: "tooLong" },
    });
    expect(await outcome(() => recordExperience({ actor: author.actor, id: m.id, input: experience }))).toBe("ownMaterial");
    expect(await outcome(() => recordExperience({ actor: null, id: m.id, input: experience }))).toBe("unauthenticated");
    expect(await tableCounts([materialExperiences, notifications, activityLog])).toEqual(before);
  });

  test("its writer or the bank's moderators delete one; nobody else", async () => {
    const [author, colleague, stranger, admin] = await Promise.all([createUser(), createUser(), createUser(), createUser({ roles: ["participant", "administrator"] })]);
    const m = await createMaterialRow(author);
    const write = async () => {
      const r = await recordExperience({ actor: colleague.actor, id: m.id, input: experience });
      if (!r.ok) throw new Error(r.error);
      return r.data.id;
    };
    const first = await write();
    expect(await outcome(() => deleteExperience({ actor: stranger.actor, experienceId: first }))).toBe("forbidden");
    expect(await outcome(() => deleteExperience({ actor: author.actor, experienceId: first }))).toBe("forbidden");
    expect(await outcome(() => deleteExperience({ actor: colleague.actor, experienceId: first }))).toBe("ok");
    expect(await outcome(() => deleteExperience({ actor: colleague.actor, experienceId: first }))).toBe("notFound");
    const second = await write();
    expect(await outcome(() => deleteExperience({ actor: admin.actor, experienceId: second }))).toBe("ok");
    expect(await outcome(() => deleteExperience({ actor: admin.actor, experienceId: "nope" }))).toBe("notFound");
  });
});
