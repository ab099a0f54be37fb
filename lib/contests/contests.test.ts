import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, certificates, contestEntries, contestSettings, notifications } from "@/db/schema";
import { communityWithRoles, outcome, type RoleWorld } from "@/test/community-roles";
import { addRegistration, createEventRow } from "@/test/event-factories";
import { createUser, latestMail, tableCounts, type TestUser } from "@/test/factories";
import { createMaterialRow } from "@/test/material-factories";
import { editEntry, submitEntry, withdrawEntry } from "./entries";
import { appointJurors, findJurorCandidates, removeJuror, scoreEntry } from "./jury";
import { getContestManagement, getContestSection, getJuryPage } from "./queries";
import { publishResults, setPlaces } from "./results";
import { setEntriesDeadline } from "./settings";

const baseUrl = "https://metodset.example";
const hour = 3_600_000;
let world: RoleWorld;
let expert: TestUser;

beforeAll(async () => {
  world = await communityWithRoles();
  expert = await createUser({ roles: ["participant", "expert"], fullName: "Экспертова Нина Павловна" });
});

const entry = (overrides: Record<string, unknown> = {}) => ({ title: "Технологическая карта «Дроби вокруг нас»", description: "Урок в 5 классе с заданиями PISA.", material: "", url: "", ...overrides });

/** An ongoing contest of the world's community, with `people` registered. */
async function contest(people: TestUser[] = [], options: Parameters<typeof createEventRow>[0] = {}) {
  const event = await createEventRow({ communityId: world.community.id, form: "contest", startsAt: new Date(Date.now() - 24 * hour), endsAt: new Date(Date.now() + 14 * 24 * hour), ...options });
  for (const person of people) await addRegistration(event.id, person.id);
  return event;
}

async function participants(n: number) {
  return Promise.all(Array.from({ length: n }, (_, i) => createUser({ fullName: `Конкурсант ${i + 1}` })));
}

async function entryIdOf(eventId: string, userId: string): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ id: contestEntries.id }).from(contestEntries).where(and(eq(contestEntries.eventId, eventId), eq(contestEntries.userId, userId)));
  return row!.id;
}

describe("entries", () => {
  test("a registered participant sends one entry, logged with the community id; a second one writes nothing", async () => {
    const [teacher] = await participants(1);
    const event = await contest([teacher!]);
    const material = await createMaterialRow(teacher!);
    const sent = await submitEntry({ actor: teacher!.actor, eventId: event.id, input: entry({ material: `https://metodset.example/ru/materials/${material.id}`, url: "https://disk.yandex.ru/d/abc" }) });
    expect(sent.ok).toBe(true);
    const db = await getDb();
    const [row] = await db.select().from(contestEntries).where(eq(contestEntries.eventId, event.id));
    expect(row).toMatchObject({ userId: teacher!.id, materialId: material.id, url: "https://disk.yandex.ru/d/abc", withdrawnAt: null });
    const logged = await db.select().from(activityLog).where(and(eq(activityLog.objectId, event.id), eq(activityLog.verb, "contest.entry_submitted")));
    expect(logged).toEqual([expect.objectContaining({ actorId: teacher!.id, communityId: world.community.id })]);

    const before = await tableCounts();
    expect(await submitEntry({ actor: teacher!.actor, eventId: event.id, input: entry() })).toEqual({ ok: false, error: "alreadySubmitted" });
    expect(await tableCounts()).toEqual(before);
  });

  test.each([
    ["an empty title", { title: "  " }, { title: "required" }],
    ["a link that is not http(s)", { url: "javascript:alert(1)" }, { url: "notHttp" }],
    ["nothing but a title", { description: "", material: "", url: "" }, { description: "entryEmpty" }],
    ["a material reference without an id", { material: "урок дроби" }, { material: "materialUnknown" }],
    ["an unknown material", { material: "00000000-0000-4000-8000-000000000000" }, { material: "materialUnknown" }],
  ])("refuses %s, writing nothing", async (_, overrides, fieldErrors) => {
    const [teacher] = await participants(1);
    const event = await contest([teacher!]);
    const before = await tableCounts();
    expect(await submitEntry({ actor: teacher!.actor, eventId: event.id, input: entry(overrides) })).toMatchObject({ ok: false, error: "invalid", fieldErrors });
    expect(await tableCounts()).toEqual(before);
  });

  test("an unpublished material of the participant is refused", async () => {
    const [teacher] = await participants(1);
    const event = await contest([teacher!]);
    const draft = await createMaterialRow(teacher!, { status: "draft", publishedAt: null });
    expect(await submitEntry({ actor: teacher!.actor, eventId: event.id, input: entry({ material: draft.id }) })).toMatchObject({ fieldErrors: { material: "materialUnknown" } });
  });

  test("who may send: registered participants until the deadline, not jurors", async () => {
    const [registered, notRegistered, juror] = await participants(3);
    const event = await contest([registered!, juror!]);
    await appointJurors({ actor: world.users.leader.actor, eventId: event.id, input: { userIds: [expert.id] } });
    await addRegistration(event.id, expert.id);
    expect(await submitEntry({ actor: notRegistered!.actor, eventId: event.id, input: entry() })).toEqual({ ok: false, error: "registerFirst" });
    expect(await submitEntry({ actor: expert.actor, eventId: event.id, input: entry() })).toEqual({ ok: false, error: "jurorCannotEnter" });
    expect(await outcome(() => submitEntry({ actor: null, eventId: event.id, input: entry() }))).toBe("unauthenticated");

    const closed = await contest([registered!], { startsAt: new Date(Date.now() - 48 * hour), endsAt: new Date(Date.now() - hour) });
    expect(await submitEntry({ actor: registered!.actor, eventId: closed.id, input: entry() })).toEqual({ ok: false, error: "entriesClosed" });
    // The organizers' own deadline comes before the event's end.
    const early = await contest([registered!]);
    await (await getDb()).insert(contestSettings).values({ eventId: early.id, entriesUntil: new Date(Date.now() - 60_000) });
    expect(await submitEntry({ actor: registered!.actor, eventId: early.id, input: entry() })).toEqual({ ok: false, error: "entriesClosed" });

    const webinar = await createEventRow({ communityId: world.community.id });
    await addRegistration(webinar.id, registered!.id);
    expect(await outcome(() => submitEntry({ actor: registered!.actor, eventId: webinar.id, input: entry() }))).toBe("notFound");
  });

  test("edit and withdraw the own entry; then a new one may be sent", async () => {
    const [teacher] = await participants(1);
    const event = await contest([teacher!]);
    expect(await editEntry({ actor: teacher!.actor, eventId: event.id, input: entry() })).toEqual({ ok: false, error: "noEntry" });
    await submitEntry({ actor: teacher!.actor, eventId: event.id, input: entry() });
    expect(await editEntry({ actor: teacher!.actor, eventId: event.id, input: entry({ title: "Новое название работы" }) })).toEqual({ ok: true, data: undefined });
    expect((await getContestSection({ viewer: teacher!.actor, eventId: event.id })).ownEntry).toMatchObject({ title: "Новое название работы", place: null });
    expect(await withdrawEntry({ actor: teacher!.actor, eventId: event.id })).toEqual({ ok: true, data: undefined });
    expect((await getContestSection({ viewer: teacher!.actor, eventId: event.id })).ownEntry).toBeNull();
    expect((await submitEntry({ actor: teacher!.actor, eventId: event.id, input: entry() })).ok).toBe(true);
  });

  test("ten submits at once make one entry", async () => {
    const [teacher] = await participants(1);
    const event = await contest([teacher!]);
    const results = await Promise.all(Array.from({ length: 10 }, () => submitEntry({ actor: teacher!.actor, eventId: event.id, input: entry() })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const db = await getDb();
    expect(await db.select().from(contestEntries).where(eq(contestEntries.eventId, event.id))).toHaveLength(1);
  });
});

describe("the entries deadline", () => {
  test("organizers set it in the contest's zone, not after its end; cleared, entries run to the end", async () => {
    const [teacher] = await participants(1);
    const event = await contest([teacher!], { timeZone: "Asia/Vladivostok", endsAt: new Date("2099-06-30T08:00:00Z") });
    expect(await outcome(() => setEntriesDeadline({ actor: teacher!.actor, eventId: event.id, input: { date: "2099-06-01", time: "" } }))).toBe("forbidden");
    const before = await tableCounts();
    expect(await setEntriesDeadline({ actor: world.users.leader.actor, eventId: event.id, input: { date: "2099-07-01", time: "" } })).toMatchObject({ fieldErrors: { date: "deadlineAfterEnd" } });
    expect(await setEntriesDeadline({ actor: world.users.leader.actor, eventId: event.id, input: { date: "", time: "12:00" } })).toMatchObject({ fieldErrors: { date: "required" } });
    expect(await setEntriesDeadline({ actor: world.users.leader.actor, eventId: event.id, input: { date: "01.06.2099", time: "" } })).toMatchObject({ fieldErrors: { date: "invalid" } });
    expect(await tableCounts()).toEqual(before);

    expect(await setEntriesDeadline({ actor: world.users.leader.actor, eventId: event.id, input: { date: "2099-06-01", time: "" } })).toEqual({ ok: true, data: undefined });
    // 23:59 in Vladivostok (UTC+10).
    expect((await getContestSection({ viewer: teacher!.actor, eventId: event.id })).entriesUntil).toEqual(new Date("2099-06-01T13:59:00Z"));
    expect(await setEntriesDeadline({ actor: world.users.moderatorHere.actor, eventId: event.id, input: { date: "", time: "" } })).toEqual({ ok: true, data: undefined });
    expect((await getContestSection({ viewer: teacher!.actor, eventId: event.id })).entriesUntil).toEqual(event.endsAt);
  });
});

describe("the jury", () => {
  test("organizers appoint eligible people only; the juror is told; others are refused", async () => {
    const [teacher] = await participants(1);
    const expert = await createUser({ roles: ["participant", "expert"] });
    const event = await contest([teacher!]);
    await submitEntry({ actor: teacher!.actor, eventId: event.id, input: entry() });
    expect(await outcome(() => appointJurors({ actor: world.users.member.actor, eventId: event.id, input: { userIds: [expert.id] } }))).toBe("forbidden");
    expect(await appointJurors({ actor: world.users.leader.actor, eventId: event.id, input: { userIds: [world.users.nonMember.id] } })).toMatchObject({ fieldErrors: { userIds: "notEligibleJuror" } });
    expect(await appointJurors({ actor: world.users.leader.actor, eventId: event.id, input: { userIds: [] } })).toMatchObject({ fieldErrors: { userIds: "noJurorChosen" } });
    expect(await appointJurors({ actor: world.users.leader.actor, eventId: event.id, input: { userIds: [teacher!.id] } })).toMatchObject({ fieldErrors: { userIds: "notEligibleJuror" } });
    expect(await appointJurors({ actor: world.users.leader.actor, eventId: event.id, input: { userIds: [expert.id, world.users.moderatorHere.id, world.users.methodist.id] } })).toEqual({ ok: true, data: { appointed: 3 } });
    expect(await appointJurors({ actor: world.users.moderatorHere.actor, eventId: event.id, input: { userIds: [expert.id] } })).toEqual({ ok: true, data: { appointed: 0 } });
    const db = await getDb();
    expect(await db.select().from(notifications).where(and(eq(notifications.userId, expert.id), eq(notifications.kind, "contest.juror")))).toHaveLength(1);
  });

  test("a participant with an entry, if eligible, is not appointed", async () => {
    const expertEntrant = await createUser({ roles: ["participant", "expert"] });
    const event = await contest([expertEntrant]);
    await submitEntry({ actor: expertEntrant.actor, eventId: event.id, input: entry() });
    expect(await appointJurors({ actor: world.users.leader.actor, eventId: event.id, input: { userIds: [expertEntrant.id] } })).toMatchObject({ fieldErrors: { userIds: "jurorHasEntry" } });
  });

  test("in a members-only community a juror must see the contest: an outside expert is refused, a methodist is not", async () => {
    const closed = await communityWithRoles({ visibility: "members" });
    const event = await createEventRow({ communityId: closed.community.id, form: "contest" });
    const outsider = await createUser({ roles: ["participant", "expert"] });
    const before = await tableCounts();
    expect(await appointJurors({ actor: closed.users.leader.actor, eventId: event.id, input: { userIds: [outsider.id] } })).toMatchObject({ fieldErrors: { userIds: "jurorCannotSee" } });
    expect(await tableCounts()).toEqual(before);
    expect(await appointJurors({ actor: closed.users.leader.actor, eventId: event.id, input: { userIds: [closed.users.methodist.id] } })).toEqual({ ok: true, data: { appointed: 1 } });
  });

  test("the picker finds eligible people by name, for organizers only", async () => {
    const event = await contest();
    const found = await findJurorCandidates({ actor: world.users.leader.actor, eventId: event.id, query: "Экспертова" });
    expect(found).toMatchObject({ ok: true, data: [{ id: expert.id, fullName: expert.fullName }] });
    const participant = await findJurorCandidates({ actor: world.users.leader.actor, eventId: event.id, query: "Не участник" });
    expect(participant).toEqual({ ok: true, data: [] });
    expect(await outcome(() => findJurorCandidates({ actor: world.users.member.actor, eventId: event.id, query: "Экспертова" }))).toBe("forbidden");
  });

  test("jurors score each entry 0..10 (again: changed); others may not; a removed juror's scores go", async () => {
    const [a, b] = await participants(2);
    const event = await contest([a!, b!]);
    await submitEntry({ actor: a!.actor, eventId: event.id, input: entry() });
    await submitEntry({ actor: b!.actor, eventId: event.id, input: entry({ title: "Проект «Школьный сад»" }) });
    await appointJurors({ actor: world.users.leader.actor, eventId: event.id, input: { userIds: [expert.id, world.users.methodist.id] } });
    const entryA = await entryIdOf(event.id, a!.id);
    const entryB = await entryIdOf(event.id, b!.id);

    for (const score of [-1, 11, 7.5, "семь", null, ""]) {
      expect(await scoreEntry({ actor: expert.actor, eventId: event.id, entryId: entryA, input: { score, comment: "" } }), String(score)).toMatchObject({ fieldErrors: { score: "scoreRange" } });
    }
    expect(await outcome(() => scoreEntry({ actor: b!.actor, eventId: event.id, entryId: entryA, input: { score: 10, comment: "" } }))).toBe("forbidden");
    expect(await outcome(() => scoreEntry({ actor: world.users.leader.actor, eventId: event.id, entryId: entryA, input: { score: 10, comment: "" } }))).toBe("forbidden");
    expect(await scoreEntry({ actor: expert.actor, eventId: event.id, entryId: "not-an-id", input: { score: 5, comment: "" } })).toEqual({ ok: false, error: "noEntry" });

    expect((await scoreEntry({ actor: expert.actor, eventId: event.id, entryId: entryA, input: { score: 6, comment: "Хорошо" } })).ok).toBe(true);
    expect((await scoreEntry({ actor: expert.actor, eventId: event.id, entryId: entryA, input: { score: 9, comment: "Отлично" } })).ok).toBe(true);
    expect((await scoreEntry({ actor: world.users.methodist.actor, eventId: event.id, entryId: entryA, input: { score: 8, comment: "" } })).ok).toBe(true);
    expect((await scoreEntry({ actor: expert.actor, eventId: event.id, entryId: entryB, input: { score: 4, comment: "" } })).ok).toBe(true);

    const db = await getDb();
    expect(await db.select().from(activityLog).where(and(eq(activityLog.objectId, event.id), eq(activityLog.verb, "contest.scored")))).toHaveLength(3);
    const jury = await getJuryPage({ viewer: expert.actor, eventId: event.id });
    expect(jury.entries.find((e) => e.id === entryA)).toMatchObject({ myScore: 9, myComment: "Отлично" });
    await expect(getJuryPage({ viewer: a!.actor, eventId: event.id })).rejects.toMatchObject({ code: "forbidden" });

    const { table, jurors } = await getContestManagement({ viewer: world.users.leader.actor, eventId: event.id });
    expect(table.map((r) => [r.id, r.mean, r.scoredBy])).toEqual([
      [entryA, 8.5, 2],
      [entryB, 4, 1],
    ]);
    expect(jurors.find((j) => j.userId === expert.id)).toMatchObject({ scored: 2 });
    await expect(getContestManagement({ viewer: expert.actor, eventId: event.id })).rejects.toMatchObject({ code: "forbidden" });

    expect(await removeJuror({ actor: world.users.leader.actor, eventId: event.id, userId: world.users.methodist.id })).toEqual({ ok: true, data: undefined });
    expect(await removeJuror({ actor: world.users.leader.actor, eventId: event.id, userId: world.users.methodist.id })).toEqual({ ok: false, error: "notAJuror" });
    const after = await getContestManagement({ viewer: world.users.leader.actor, eventId: event.id });
    expect(after.table.find((r) => r.id === entryA)).toMatchObject({ mean: 9, scoredBy: 1 });
  });
});

describe("results", () => {
  test("places stay private until published; publishing tells the winners and shows everyone the winners", async () => {
    const [a, b, c] = await participants(3);
    const winner = await createUser({ fullName: "Победитель Конкурса", locale: "en" });
    const event = await contest([a!, b!, c!, winner]);
    for (const person of [a!, b!, winner]) await submitEntry({ actor: person.actor, eventId: event.id, input: entry({ title: `Работа ${person.fullName}` }) });
    await appointJurors({ actor: world.users.leader.actor, eventId: event.id, input: { userIds: [expert.id] } });
    const [entryA, entryB, entryW] = (await Promise.all([a!, b!, winner].map((p) => entryIdOf(event.id, p.id)))) as [string, string, string];
    await scoreEntry({ actor: expert.actor, eventId: event.id, entryId: entryW, input: { score: 10, comment: "" } });

    expect(await publishResults({ actor: world.users.leader.actor, eventId: event.id, baseUrl })).toEqual({ ok: false, error: "noWinners" });
    expect(await outcome(() => setPlaces({ actor: expert.actor, eventId: event.id, input: { places: [{ entryId: entryW, place: 1 }] } }))).toBe("forbidden");
    expect(await setPlaces({ actor: world.users.leader.actor, eventId: event.id, input: { places: [{ entryId: entryW, place: 4 }] } })).toMatchObject({ ok: false, error: "invalid" });
    expect(await setPlaces({ actor: world.users.leader.actor, eventId: event.id, input: { places: [{ entryId: "00000000-0000-4000-8000-000000000000", place: 1 }] } })).toEqual({ ok: false, error: "noEntry" });
    expect(
      await setPlaces({
        actor: world.users.leader.actor,
        eventId: event.id,
        input: {
          places: [
            { entryId: entryW, place: 1 },
            { entryId: entryA, place: 2 },
            { entryId: entryB, place: 2 },
          ],
        },
      }),
    ).toEqual({ ok: true, data: undefined });

    // Before publication: a participant sees their own entry without its place, nobody sees results.
    expect((await getContestSection({ viewer: winner.actor, eventId: event.id })).ownEntry).toMatchObject({ place: null });
    expect((await getContestSection({ viewer: c!.actor, eventId: event.id })).results).toEqual([]);

    expect(await outcome(() => publishResults({ actor: world.users.member.actor, eventId: event.id, baseUrl }))).toBe("forbidden");
    expect(await publishResults({ actor: world.users.leader.actor, eventId: event.id, baseUrl })).toEqual({ ok: true, data: { winners: 3 } });
    expect(await publishResults({ actor: world.users.leader.actor, eventId: event.id, baseUrl })).toEqual({ ok: false, error: "resultsPublished" });

    const db = await getDb();
    expect(await db.select().from(notifications).where(and(eq(notifications.userId, winner.id), eq(notifications.kind, "contest.won")))).toEqual([expect.objectContaining({ params: { title: event.title, place: "1" }, link: `/events/${event.id}` })]);
    expect(await latestMail(winner.email, "Results of")).toMatchObject({ subject: expect.stringContaining("place 1"), body: expect.stringContaining(`${baseUrl}/en/events/${event.id}`) });
    expect(await latestMail(a!.email, "Итоги конкурса")).toMatchObject({ subject: expect.stringContaining("2 место") });
    expect(await latestMail(c!.email)).toBeUndefined();
    const issued = await db.select({ userId: certificates.userId, role: certificates.role, place: certificates.place }).from(certificates).where(eq(certificates.eventId, event.id));
    expect(issued.sort((x, y) => x.place! - y.place!)).toEqual([
      { userId: winner.id, role: "winner", place: 1 },
      expect.objectContaining({ role: "winner", place: 2 }),
      expect.objectContaining({ role: "winner", place: 2 }),
    ]);
    expect(await db.select().from(activityLog).where(and(eq(activityLog.objectId, event.id), eq(activityLog.verb, "contest.results_published")))).toEqual([expect.objectContaining({ communityId: world.community.id })]);

    // After: a guest sees the winners and every entry's title; the winner their place; nothing changes any more.
    const guest = await getContestSection({ viewer: null, eventId: event.id });
    expect(guest.results).toEqual([
      { title: `Работа ${winner.fullName}`, authorName: winner.fullName, place: 1 },
      { title: `Работа ${a!.fullName}`, authorName: a!.fullName, place: 2 },
      { title: `Работа ${b!.fullName}`, authorName: b!.fullName, place: 2 },
    ]);
    expect((await getContestSection({ viewer: winner.actor, eventId: event.id })).ownEntry).toMatchObject({ place: 1 });
    const before = await tableCounts();
    expect(await scoreEntry({ actor: expert.actor, eventId: event.id, entryId: entryA, input: { score: 1, comment: "" } })).toEqual({ ok: false, error: "resultsPublished" });
    expect(await setPlaces({ actor: world.users.leader.actor, eventId: event.id, input: { places: [{ entryId: entryA, place: 1 }] } })).toEqual({ ok: false, error: "resultsPublished" });
    expect(await withdrawEntry({ actor: a!.actor, eventId: event.id })).toEqual({ ok: false, error: "resultsPublished" });
    expect(await appointJurors({ actor: world.users.leader.actor, eventId: event.id, input: { userIds: [world.users.methodist.id] } })).toEqual({ ok: false, error: "resultsPublished" });
    expect(await tableCounts()).toEqual(before);
  });

  test("entries without a place are listed by title only", async () => {
    const [a, b] = await participants(2);
    const event = await contest([a!, b!]);
    await submitEntry({ actor: a!.actor, eventId: event.id, input: entry({ title: "Первая работа" }) });
    await submitEntry({ actor: b!.actor, eventId: event.id, input: entry({ title: "Вторая работа" }) });
    await setPlaces({ actor: world.users.leader.actor, eventId: event.id, input: { places: [{ entryId: await entryIdOf(event.id, b!.id), place: 3 }] } });
    await publishResults({ actor: world.users.leader.actor, eventId: event.id, baseUrl });
    expect((await getContestSection({ viewer: null, eventId: event.id })).results).toEqual([
      { title: "Вторая работа", authorName: b!.fullName, place: 3 },
      { title: "Первая работа", authorName: "", place: null },
    ]);
    expect((await getContestSection({ viewer: a!.actor, eventId: event.id })).ownEntry).toMatchObject({ place: null });
  });
});
