import { and, eq } from "drizzle-orm";
import type PgBoss from "pg-boss";
import { afterAll, describe, expect, test } from "vitest";
import { databaseKind, getDb } from "@/db/client";
import { eventReminders, events, notifications, reminderSettings } from "@/db/schema";
import { addRegistration, createEventRow } from "@/test/event-factories";
import { createUser, mailsTo, tableCounts, type TestUser } from "@/test/factories";
import { dueReminders } from "./due";
import { openReminderQueue, reminderQueue, sweepReminders, workReminders } from "./queue";
import type { ReminderSettingsInput } from "./schemas";
import { sendReminder } from "./send";
import { getReminderSettings, saveReminderSettings } from "./settings";
import { startTime } from "./wording";

const minute = 60_000;
const hour = 60 * minute;

async function participantOf(startsIn: number, options: { status?: "registered" | "waitlisted" | "cancelled"; user?: Parameters<typeof createUser>[0] } = {}) {
  const [user, event] = await Promise.all([createUser(options.user), createEventRow({ startsAt: new Date(Date.now() + startsIn) })]);
  await addRegistration(event.id, user.id, options.status ?? "registered");
  return { user, event };
}

async function dueFor(user: TestUser, now = new Date()) {
  return (await dueReminders(await getDb(), now)).filter((d) => d.userId === user.id).map((d) => d.kind);
}

async function bellOf(user: TestUser) {
  return (await getDb()).select().from(notifications).where(eq(notifications.userId, user.id));
}

async function settle(user: TestUser, settings: Partial<ReminderSettingsInput>) {
  await (await getDb()).insert(reminderSettings).values({ userId: user.id, ...settings });
}

describe("who is reminded, and when", () => {
  test.each([
    ["25 hours before: nothing yet", 25 * hour, []],
    ["23 hours before: the day's reminder", 23 * hour, ["day"]],
    ["2 hours before: still the day's", 2 * hour, ["day"]],
    ["registered 40 minutes before: the hour's only", 40 * minute, ["hour"]],
    ["started 5 minutes ago: nothing", -5 * minute, []],
  ])("%s", async (_, startsIn, kinds) => {
    const { user } = await participantOf(startsIn);
    expect(await dueFor(user)).toEqual(kinds);
  });

  test.each([
    ["on the waiting list", { status: "waitlisted" as const }],
    ["after cancelling", { status: "cancelled" as const }],
    ["a blocked user", { user: { status: "blocked" as const } }],
  ])("nobody %s is reminded", async (_, options) => {
    const { user } = await participantOf(3 * hour, options);
    expect(await dueFor(user)).toEqual([]);
  });

  test("a cancelled event reminds nobody, and a job queued before the cancellation sends nothing", async () => {
    const { user, event } = await participantOf(30 * minute);
    expect(await dueFor(user)).toEqual(["hour"]);
    await (await getDb()).update(events).set({ status: "cancelled" }).where(eq(events.id, event.id));
    expect(await dueFor(user)).toEqual([]);
    expect(await sendReminder({ eventId: event.id, userId: user.id, kind: "hour" })).toBe(false);
    expect(await bellOf(user)).toEqual([]);
  });

  test("the bell gets the start in the user's zone, the mail in the event's zone, named", async () => {
    const { user, event } = await participantOf(5 * hour, { user: { timeZone: "Asia/Vladivostok" } });
    expect(await sendReminder({ eventId: event.id, userId: user.id, kind: "day" })).toBe(true);
    const [bell] = await bellOf(user);
    expect(bell).toMatchObject({ kind: "event.reminder", link: `/events/${event.id}`, params: { title: event.title, time: startTime("ru", event.startsAt, "Asia/Vladivostok") } });
    const mails = await mailsTo(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(event.title);
    expect(mails[0]!.body).toContain(`${startTime("ru", event.startsAt, "Europe/Moscow", { weekday: true })} (время события: Москва (МСК))`);
    expect(mails[0]!.body).toContain(`/ru/events/${event.id}`);
  });

  test("an English-speaking user gets English words, a zone abroad by its name and offset", async () => {
    const user = await createUser({ locale: "en", timeZone: "Europe/Berlin" });
    const event = await createEventRow({ startsAt: new Date(Date.now() + 30 * minute), timeZone: "America/New_York" });
    await addRegistration(event.id, user.id);
    await sendReminder({ eventId: event.id, userId: user.id, kind: "hour" });
    const [mail] = await mailsTo(user.email);
    expect(mail!.subject).toMatch(/^Starting soon: /);
    expect(mail!.body).toMatch(/event time: America\/New York, UTC−[45]\)/);
    expect((await bellOf(user))[0]!.params).toMatchObject({ time: startTime("en", event.startsAt, "Europe/Berlin") });
  });

  test("settings: e-mail off gives the bell only, the bell off gives the mail only", async () => {
    const [a, b] = await Promise.all([participantOf(3 * hour), participantOf(3 * hour)]);
    await settle(a.user, { email: false });
    await settle(b.user, { inApp: false });
    await sendReminder({ eventId: a.event.id, userId: a.user.id, kind: "day" });
    await sendReminder({ eventId: b.event.id, userId: b.user.id, kind: "day" });
    expect([(await bellOf(a.user)).length, (await mailsTo(a.user.email)).length]).toEqual([1, 0]);
    expect([(await bellOf(b.user)).length, (await mailsTo(b.user.email)).length]).toEqual([0, 1]);
  });

  test("settings: a moment switched off is skipped, and with both channels off nothing is due", async () => {
    const [day, hourOnly, silent] = await Promise.all([participantOf(3 * hour), participantOf(30 * minute), participantOf(30 * minute)]);
    await settle(day.user, { dayBefore: false });
    await settle(hourOnly.user, { dayBefore: false });
    await settle(silent.user, { email: false, inApp: false });
    expect(await dueFor(day.user)).toEqual([]);
    expect(await dueFor(hourOnly.user)).toEqual(["hour"]);
    expect(await dueFor(silent.user)).toEqual([]);
  });

  test("a reminder is sent once: a second send and the next sweep find it done", async () => {
    const { user, event } = await participantOf(30 * minute);
    const job = { eventId: event.id, userId: user.id, kind: "hour" as const };
    expect(await Promise.all([sendReminder(job), sendReminder(job)])).toContain(false);
    expect(await sendReminder(job)).toBe(false);
    expect(await dueFor(user)).toEqual([]);
    expect(await bellOf(user)).toHaveLength(1);
    expect(await mailsTo(user.email)).toHaveLength(1);
  });
});

describe("the job queue", () => {
  const opened: PgBoss[] = [];
  async function open() {
    const boss = await openReminderQueue();
    opened.push(boss);
    return boss;
  }
  async function drained(boss: PgBoss) {
    for (let i = 0; i < 100 && (await boss.getQueueSize(reminderQueue, { before: "completed" })) > 0; i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(await boss.getQueueSize(reminderQueue, { before: "completed" })).toBe(0);
  }
  afterAll(async () => {
    for (const boss of opened) await boss.stop({ graceful: false, wait: true, close: false });
  });

  test("two instances sweeping and working at once send each reminder once", async () => {
    const people = await Promise.all([participantOf(30 * minute), participantOf(5 * hour), participantOf(6 * hour)]);
    // On a server the two start at once (racing to create pg-boss's schema); the embedded database is one
    // connection in one process, where a second instance only ever starts after the first.
    const [first, second] = databaseKind() === "server" ? await Promise.all([open(), open()]) : [await open(), await open()];
    await Promise.all([sweepReminders(first), sweepReminders(second), sweepReminders(first)]);
    await Promise.all([workReminders(first, 0.5), workReminders(second, 0.5)]);
    await drained(first);
    for (const { user } of people) {
      expect(await bellOf(user)).toHaveLength(1);
      expect(await mailsTo(user.email)).toHaveLength(1);
    }
    // A later sweep finds nothing left to send.
    expect((await dueReminders(await getDb(), new Date())).filter((d) => people.some((p) => p.user.id === d.userId))).toEqual([]);
  });

  test("jobs queued before a restart are sent by the next instance", async () => {
    const { user, event } = await participantOf(20 * minute);
    const before = await open();
    expect(await sweepReminders(before)).toBeGreaterThanOrEqual(1);
    await before.stop({ graceful: false, wait: true, close: false });
    expect(await bellOf(user)).toEqual([]);
    const after = await open();
    await workReminders(after, 0.5);
    await drained(after);
    expect(await bellOf(user)).toHaveLength(1);
    const rows = await (await getDb()).select().from(eventReminders).where(and(eq(eventReminders.eventId, event.id), eq(eventReminders.userId, user.id)));
    expect(rows.map((r) => r.kind)).toEqual(["hour"]);
  });
});

describe("reminder settings", () => {
  test("everything is on until the user saves; they change only their own", async () => {
    const [me, other] = await Promise.all([createUser(), createUser()]);
    expect(await getReminderSettings({ actor: me.actor })).toEqual({ email: true, inApp: true, dayBefore: true, hourBefore: true });
    expect(await saveReminderSettings({ actor: me.actor, input: { email: false, inApp: true, dayBefore: true, hourBefore: false } })).toEqual({ ok: true, data: undefined });
    expect(await getReminderSettings({ actor: me.actor })).toEqual({ email: false, inApp: true, dayBefore: true, hourBefore: false });
    expect(await getReminderSettings({ actor: other.actor })).toEqual({ email: true, inApp: true, dayBefore: true, hourBefore: true });
    await saveReminderSettings({ actor: me.actor, input: { email: true, inApp: true, dayBefore: true, hourBefore: true } });
    expect((await getReminderSettings({ actor: me.actor })).email).toBe(true);
  });

  test("bad input writes nothing; a guest is refused", async () => {
    const me = await createUser();
    const before = await tableCounts([reminderSettings]);
    expect(await saveReminderSettings({ actor: me.actor, input: { email: "yes", inApp: true, dayBefore: true } })).toMatchObject({ ok: false, error: "invalid" });
    expect(await tableCounts([reminderSettings])).toEqual(before);
    await expect(saveReminderSettings({ actor: null, input: { email: true, inApp: true, dayBefore: true, hourBefore: true } })).rejects.toThrow("unauthenticated");
    await expect(getReminderSettings({ actor: null })).rejects.toThrow("unauthenticated");
  });
});
