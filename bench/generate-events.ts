import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { mulberry32, pick } from "@/db/seed/random";
import { eventAudiences, eventForms, eventFormats } from "@/lib/reference/events";
import { subjects } from "@/lib/reference/subjects";
import { currentStamp, databaseUrl, describeGenerated, describeRows, generate, type GeneratorOptions } from "./generate";
import { seededUuid } from "./materials-corpus";

// The data of the event-pages benchmark (BENCH.md 2): `npx tsx bench/generate-events.ts [--events
// 10000] [--scale 0.2] [--seed 1] [--database metodset_bench_events] [--reuse]`. Builds the
// communities and users of bench/generate.ts at `scale` (0.2: 200 communities, 20,000 users) in its
// own database on the PostgreSQL server, then `events` events from a seeded generator
// (db/seed/random.ts): 85 % in communities with the events service on (Zipf: a few busy ones), the
// rest platform-wide, spread over two years around `eventsAnchor`, with one or two speakers and up to
// 60 registrations each; batched INSERT … SELECT FROM unnest(…).

export type EventsData = { database: string; url: string; seed: number; events: number; reused: boolean; baseMs: number; eventsMs: number; rows: Record<string, number> };

/** The middle of the generated period: the benchmark asks for this month's calendar. */
export const eventsAnchor = "2026-11-15";
const anchorMs = Date.parse(`${eventsAnchor}T00:00:00Z`);
const batchSize = 1_000;
const hour = 3_600_000;
const day = 24 * hour;

const starts = ["Семинар", "Мастер-класс", "Вебинар", "Открытый урок", "Заседание методического объединения", "Круглый стол", "Консультация", "Практикум", "Педагогическая мастерская", "Конференция"];
const topics = [
  "по функциональной грамотности",
  "для молодых педагогов",
  "по подготовке к ГИА",
  "о формирующем оценивании",
  "по работе с одарёнными детьми",
  "по инклюзивному образованию",
  "о цифровых сервисах на уроке",
  "по проектной деятельности",
  "о наставничестве",
  "по смысловому чтению",
];
const places = ["МБОУ «СОШ № 7», актовый зал", "Информационно-методический центр, ауд. 12", "МБОУ «Лицей № 1», кабинет 204", "Дом учителя, конференц-зал", ""];
const zones = ["Europe/Moscow", "Europe/Moscow", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg"];
const abouts = ["учитель математики МБОУ «СОШ № 7»", "методист ИМЦ", "педагог-психолог", "заместитель директора по УВР", ""];

export async function generateEvents({
  database = "metodset_bench_events",
  seed = 1,
  events = 10_000,
  scale = 0.2,
  reuse = false,
  log = (line: string) => console.log(line),
}: GeneratorOptions & { events?: number }): Promise<EventsData> {
  const url = databaseUrl(database);
  const stamp = `metodset events bench v1 seed=${seed} events=${events} scale=${scale}`;
  if (reuse && (await currentStamp(database)) === stamp) return { database, url, seed, events, reused: true, baseMs: 0, eventsMs: 0, rows: await counts(url) };

  let t = performance.now();
  const base = await generate({ target: { kind: "server", database }, scale, seed });
  const baseMs = Math.round(performance.now() - t);
  log(`base data ${describeGenerated(base)}`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Foreign keys are right by construction: no trigger checks them while loading.
    await client.query("set synchronous_commit = off; set session_replication_role = replica");
    t = performance.now();
    const users = (await client.query<{ id: string; name: string }>("select id, full_name as name from users order by email")).rows;
    const hosts = (await client.query<{ id: string }>("select id from communities where liquidated_at is null and 'events' = any(services) order by creation_order_number")).rows.map((r) => r.id);
    if (hosts.length === 0 || users.length < 100) throw new Error("bench: no communities with events, or too few users");

    for (let from = 0; from < events; from += batchSize) {
      const ev: unknown[][] = Array.from({ length: 18 }, () => []);
      const sp: unknown[][] = Array.from({ length: 5 }, () => []);
      const rg: unknown[][] = Array.from({ length: 4 }, () => []);
      for (let i = from; i < Math.min(events, from + batchSize); i++) {
        const r = mulberry32(seed * 1_000_003 + i * 7919);
        const id = seededUuid(seed, i, 11);
        const community = r() < 0.85 ? hosts[Math.min(hosts.length - 1, Math.floor(hosts.length * r() ** 2))]! : null;
        const allDay = r() < 0.05;
        const zone = pick(r, zones);
        const dayOffset = Math.floor((r() * 2 - 1) * 365);
        // Wall hours 9–18 in Moscow time (UTC+3 all year); all-day events start at the day's UTC midnight minus 3 h.
        const startsAt = new Date(anchorMs + dayOffset * day + (allDay ? -3 * hour : (6 + Math.floor(r() * 10)) * hour + (r() < 0.5 ? 30 * 60_000 : 0)));
        const endsAt = new Date(startsAt.getTime() + (allDay ? (1 + Math.floor(r() * 2)) * day : (1 + Math.floor(r() * 3)) * hour));
        const format = pick(r, eventFormats);
        const capacity = r() < 0.5 ? 20 + Math.floor(r() * 80) : null;
        const values = [
          id,
          community,
          pick(r, eventForms),
          format,
          `${pick(r, starts)} ${pick(r, topics)}`,
          "Приглашаем коллег обсудить опыт и приёмы работы.\n\n- выступления участников\n- вопросы и обсуждение\n- подведение итогов",
          startsAt,
          endsAt,
          zone,
          allDay,
          format === "online" ? "" : pick(r, places),
          format === "in_person" ? null : `https://meet.example.ru/${id.slice(0, 8)}`,
          capacity,
          r() < 0.9 ? "open" : pick(r, eventAudiences),
          pick(r, subjects),
          r() < 0.05 ? "cancelled" : "scheduled",
          pick(r, users).id,
          new Date(startsAt.getTime() - 30 * day),
        ];
        values.forEach((v, k) => ev[k]!.push(v));
        const speakers = 1 + Math.floor(r() * 2);
        for (let s = 0; s < speakers; s++) {
          const user = r() < 0.7 ? pick(r, users) : null;
          [id, s, user?.id ?? null, user?.name ?? `Гость ${i}-${s}`, pick(r, abouts)].forEach((v, k) => sp[k]!.push(v));
        }
        // Distinct participants: a random start and stride through the user list.
        const registrations = Math.floor(r() * 61);
        const first = Math.floor(r() * users.length);
        const stride = 1 + Math.floor(r() * 50);
        for (let k = 0; k < registrations; k++) {
          const status = capacity !== null && k >= capacity ? "waitlisted" : r() < 0.1 ? "cancelled" : "registered";
          [id, users[(first + k * stride) % users.length]!.id, status, new Date(startsAt.getTime() - (20 - k / 10) * day)].forEach((v, j) => rg[j]!.push(v));
        }
      }
      await client.query(
        `insert into events (id, community_id, form, format, title, description, starts_at, ends_at, time_zone, all_day, place, meeting_url, capacity, audience, subjects, status, created_by_id, created_at, updated_at)
         select u.id, u.community_id, u.form::event_form, u.format::event_format, u.title, u.description, u.starts_at, u.ends_at, u.time_zone, u.all_day, u.place, u.meeting_url,
                u.capacity, u.audience::event_audience, array[u.subject], u.status::event_status, u.created_by_id, u.created_at, u.created_at
         from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[], $9::text[], $10::boolean[], $11::text[], $12::text[],
                     $13::int[], $14::text[], $15::text[], $16::text[], $17::uuid[], $18::timestamptz[])
           as u(id, community_id, form, format, title, description, starts_at, ends_at, time_zone, all_day, place, meeting_url, capacity, audience, subject, status, created_by_id, created_at)`,
        ev,
      );
      await client.query(`insert into event_speakers (event_id, position, user_id, name, about) select * from unnest($1::uuid[], $2::smallint[], $3::uuid[], $4::text[], $5::text[])`, sp);
      await client.query(
        `insert into event_registrations (event_id, user_id, status, queued_at, created_at, updated_at)
         select e, u, s::registration_status, q, q, q from unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[]) as x(e, u, s, q)`,
        rg,
      );
    }
    await client.query("set session_replication_role = origin");
    await client.query("vacuum analyze events");
    await client.query("vacuum analyze event_speakers");
    await client.query("vacuum analyze event_registrations");
    const eventsMs = Math.round(performance.now() - t);
    await client.query(`comment on database "${database}" is '${stamp}'`);
    return { database, url, seed, events, reused: false, baseMs, eventsMs, rows: await counts(url) };
  } finally {
    await client.end();
  }
}

async function counts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, number>>(`select
      (select count(*)::int from events) as events,
      (select count(*)::int from events where community_id is null) as platform_wide,
      (select count(*)::int from event_speakers) as speakers,
      (select count(*)::int from event_registrations) as registrations,
      (select count(*)::int from communities) as communities,
      (select count(*)::int from users) as users`);
    return rows[0]!;
  } finally {
    await client.end();
  }
}

export function describeEvents(d: EventsData): string {
  const time = d.reused ? "reused" : `generated in ${((d.baseMs + d.eventsMs) / 1000).toFixed(1)} s (communities and users ${(d.baseMs / 1000).toFixed(1)} s, events ${(d.eventsMs / 1000).toFixed(1)} s)`;
  return `${time}: PostgreSQL database ${d.database} (seed ${d.seed}): ${describeRows(d.rows)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: {
      events: { type: "string", default: "10000" },
      scale: { type: "string", default: "0.2" },
      seed: { type: "string", default: "1" },
      database: { type: "string", default: "metodset_bench_events" },
      reuse: { type: "boolean", default: false },
    },
  });
  const data = await generateEvents({ database: values.database, seed: Number(values.seed), events: Number(values.events), scale: Number(values.scale), reuse: values.reuse });
  console.log(describeEvents(data));
}
