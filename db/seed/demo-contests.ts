import { randomUUID } from "node:crypto";
import type { contestEntries, contestJurors, contestScores, contestSettings, eventRegistrations } from "@/db/schema";
import type { ActivityEntry } from "@/db/schema/activity";
import type { DemoEventRows } from "./demo-events";

// Demo contests (issue 5 item 6) on two contests of demo-events.ts: a past one with entries, a
// jury (expert@ among them), scores and published results; an upcoming one taking entries, where
// teacher@ is registered and has not sent an entry yet.

const DAY = 86_400_000;
const expert = "expert@metodset.demo";
const methodist = "metodist@metodset.demo";
const teacher = "teacher@metodset.demo";

export const demoPastContest = "Конкурс «Лучшая задача месяца»";
export const demoOpenContest = "Конкурс методических разработок «Функциональная грамотность: от задания к уроку»";

type DemoEntry = { author: string; title: string; description: string; url?: string; place?: 1 | 2 | 3; scores: [number, number] };

const pastEntries: DemoEntry[] = [
  { author: "t.sharipov@metodset.demo", title: "Задача «Школьная клумба»", description: "Площадь и периметр на плане пришкольного участка, 6 класс: три вопроса нарастающей сложности и критерии оценивания.", place: 1, scores: [10, 9] },
  { author: teacher, title: "Задача «Тариф на мобильную связь»", description: "Сравнение тарифов: проценты, таблица и график, 7 класс.", url: "https://disk.yandex.ru/d/demo-tarif", place: 2, scores: [8, 9] },
  { author: "s.nikolaev@metodset.demo", title: "Задача «Шифр для записки»", description: "Кодирование сообщения и подсчёт вариантов, 8 класс.", place: 3, scores: [8, 7] },
  { author: "moderator@metodset.demo", title: "Задача «Расписание автобусов»", description: "Чтение расписания и расчёт времени в пути, 5 класс.", scores: [6, 7] },
];

const openEntries = [
  { title: "Технологическая карта урока «Читаем инфографику»", description: "Урок обществознания в 8 классе: задания на интерпретацию диаграмм, лист самооценки." },
  { title: "Урок физики «Счёт за электроэнергию»", description: "Практико-ориентированные задания на расчёт потребления, 8 класс." },
];

export type DemoContestRows = {
  settings: (typeof contestSettings.$inferInsert)[];
  entries: (typeof contestEntries.$inferInsert)[];
  jurors: (typeof contestJurors.$inferInsert)[];
  scores: (typeof contestScores.$inferInsert)[];
  /** teacher@'s registration for the open contest, when demo-events did not give one. */
  registrations: (typeof eventRegistrations.$inferInsert)[];
  activity: ActivityEntry[];
};

export function demoContestRows(events: DemoEventRows, refs: { nowMs: number; userId: (email: string) => string }): DemoContestRows {
  const rows: DemoContestRows = { settings: [], entries: [], jurors: [], scores: [], registrations: [], activity: [] };
  const find = (title: string) => {
    const event = events.events.find((e) => e.title === title);
    if (!event) throw new Error(`demo-contests: no event ${title}`);
    return { ...event, id: event.id!, startsAt: event.startsAt as Date, endsAt: event.endsAt as Date, communityId: event.communityId ?? null };
  };
  const registered = (eventId: string) => events.registrations.filter((r) => r.eventId === eventId && r.status === "registered").map((r) => r.userId);
  const jurorIds = [refs.userId(expert), refs.userId(methodist)];

  // The past contest: entries during it, scores after it, results two days after its end.
  const past = find(demoPastContest);
  const pastPeople = new Set(registered(past.id));
  const publishedAt = new Date(past.endsAt.getTime() + 2 * DAY);
  for (const userId of jurorIds) rows.jurors.push({ eventId: past.id, userId, appointedById: past.createdById ?? null, appointedAt: past.startsAt });
  pastEntries.forEach((e, i) => {
    const userId = refs.userId(e.author);
    if (!pastPeople.has(userId)) throw new Error(`demo-contests: ${e.author} is not registered for ${demoPastContest}`);
    const id = randomUUID();
    const submittedAt = new Date(past.startsAt.getTime() + (i + 1) * DAY);
    rows.entries.push({ id, eventId: past.id, userId, title: e.title, description: e.description, url: e.url ?? null, place: e.place ?? null, submittedAt, createdAt: submittedAt, updatedAt: submittedAt });
    rows.activity.push({ occurredAt: submittedAt, actorId: userId, verb: "contest.entry_submitted", objectType: "event", objectId: past.id, communityId: past.communityId });
    jurorIds.forEach((jurorId, j) => {
      const at = new Date(past.endsAt.getTime() + (j + 1) * 3_600_000 + i * 600_000);
      rows.scores.push({ entryId: id, jurorId, score: e.scores[j]!, comment: j === 0 ? "Задача с жизненным контекстом, условие понятно." : "", createdAt: at, updatedAt: at });
      rows.activity.push({ occurredAt: at, actorId: jurorId, verb: "contest.scored", objectType: "event", objectId: past.id, communityId: past.communityId });
    });
  });
  rows.settings.push({ eventId: past.id, resultsPublishedAt: publishedAt, publishedById: past.createdById ?? null, updatedAt: publishedAt });
  rows.activity.push({ occurredAt: publishedAt, actorId: past.createdById ?? null, verb: "contest.results_published", objectType: "event", objectId: past.id, communityId: past.communityId });

  // The open contest: entries until two weeks after its start; expert@ on the jury; teacher@ registered, without an entry.
  const open = find(demoOpenContest);
  const teacherId = refs.userId(teacher);
  const openPeople = registered(open.id).filter((id) => id !== teacherId && !jurorIds.includes(id));
  if (!registered(open.id).includes(teacherId)) {
    const at = new Date(refs.nowMs - 2 * DAY);
    rows.registrations.push({ eventId: open.id, userId: teacherId, status: "registered", queuedAt: at, createdAt: at, updatedAt: at });
    rows.activity.push({ occurredAt: at, actorId: teacherId, verb: "event.registered", objectType: "event", objectId: open.id, communityId: open.communityId });
  }
  rows.settings.push({ eventId: open.id, entriesUntil: new Date(open.startsAt.getTime() + 14 * DAY), updatedAt: new Date(refs.nowMs - 7 * DAY) });
  rows.jurors.push({ eventId: open.id, userId: refs.userId(expert), appointedById: open.createdById ?? null, appointedAt: new Date(refs.nowMs - 7 * DAY) });
  openEntries.forEach((e, i) => {
    const userId = openPeople[i];
    if (!userId) throw new Error(`demo-contests: too few registered for ${demoOpenContest}`);
    const submittedAt = new Date(refs.nowMs - (3 - i) * DAY);
    rows.entries.push({ eventId: open.id, userId, title: e.title, description: e.description, submittedAt, createdAt: submittedAt, updatedAt: submittedAt });
    rows.activity.push({ occurredAt: submittedAt, actorId: userId, verb: "contest.entry_submitted", objectType: "event", objectId: open.id, communityId: open.communityId });
  });
  return rows;
}
