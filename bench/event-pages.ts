import pg from "pg";
import { startApp, type AppServer } from "./app-server";
import type { BenchReport } from "./community-page";
import { describeEvents, eventsAnchor, generateEvents } from "./generate-events";
import { load, type LoadResult } from "./load";
import { median, round } from "./stats";

// Benchmark 2 of BENCH.md, its events half: public event pages as a guest over 10,000 generated
// events (bench/generate-events.ts) — the calendar's month (/ru/calendar?date=…), its list view
// (&view=list) and one event's page (/ru/events/<id>) — against a static route of the same app:
// the app's own stylesheet under /_next/static, which the production server sends from disk
// (no route in the app is prerendered: every page carries a per-request CSP nonce). Throughput at
// 8 connections, A B A B after a warm-up, the ratio of the medians must be ≥ 0.8; latency at a
// steady rate (half the page's throughput, bench/paced-load.ts), p99 ≤ 20 ms. The server runs on
// core 0, the load on core 1. The dynamic empty page (/ru/bench-floor) is measured too, for scale.

export type EventBenchOptions = { seed: number; rounds: number; seconds: number; warmup: number; connections: number; events: number; scale: number; reuse: boolean; database: string };

const targets = { ratio: 0.8, p99: 20 };
const serverCpu = "0";
const loadCpu = "1";

export async function eventPagesBenchmark(options: EventBenchOptions): Promise<BenchReport> {
  const lines: string[] = [];
  const failures: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    console.log(line);
  };

  const data = await generateEvents({ database: options.database, seed: options.seed, events: options.events, scale: options.scale, reuse: options.reuse, log: say });
  say(`data ${describeEvents(data)}`);
  const event = await pickEvent(data.url);
  say(`event page: ${event.title} (${event.speakers} speakers, ${event.registered} registered); ${event.month} events start in the calendar's month`);

  const app = await startApp({ databaseUrl: data.url, cpu: serverCpu });
  try {
    const pages = { month: `/ru/calendar?date=${eventsAnchor}`, list: `/ru/calendar?view=list&date=${eventsAnchor}`, event: `/ru/events/${event.id}` };
    const month = await fetchPage(app, pages.month);
    if (!month.includes('data-testid="calendar-month-grid"')) throw new Error(`${pages.month} shows no month grid`);
    const list = await fetchPage(app, pages.list);
    const page = await fetchPage(app, pages.event);
    if (!page.includes(escapeHtml(event.title))) throw new Error(`${pages.event} does not show the event's title`);
    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(page)?.[1];
    if (!stylesheet) throw new Error("no stylesheet under /_next/static in the event page");
    const floorPath = "/ru/bench-floor";
    if (!(await fetchPage(app, floorPath)).includes("data-bench-floor")) throw new Error(`${floorPath} is not the benchmark floor: rebuild (npx next build)`);
    const size = async (path: string) => Math.round((await fetchPage(app, path)).length / 1024);
    say(`HTML: month ${Math.round(month.length / 1024)} KB, list ${Math.round(list.length / 1024)} KB, event ${Math.round(page.length / 1024)} KB; static route ${stylesheet} ${await size(stylesheet)} KB`);

    const run = (path: string, rate?: number, seconds = options.seconds) => load({ url: app.url + path, connections: options.connections, seconds, cpu: loadCpu, rate });
    for (const path of [...Object.values(pages), stylesheet, floorPath]) await run(path, undefined, options.warmup);

    const statics: LoadResult[] = [];
    const floors: LoadResult[] = [];
    const measured: Record<keyof typeof pages, LoadResult[]> = { month: [], list: [], event: [] };
    for (let i = 0; i < options.rounds; i++) {
      const line: string[] = [];
      for (const [name, path] of Object.entries(pages) as [keyof typeof pages, string][]) {
        measured[name].push(await run(path));
        statics.push(await run(stylesheet));
        line.push(`${name} ${round(measured[name].at(-1)!.rps)}, static ${round(statics.at(-1)!.rps)}`);
      }
      floors.push(await run(floorPath));
      say(`  round ${i + 1} (req/s): ${line.join("; ")}; dynamic floor ${round(floors.at(-1)!.rps)}`);
    }
    const staticRps = median(statics.map((r) => r.rps));
    say(`throughput at ${options.connections} connections (median of ${options.rounds}): static route ${round(staticRps)} req/s, dynamic floor ${round(median(floors.map((r) => r.rps)))} req/s`);

    const paced: LoadResult[] = [];
    for (const [name, path] of Object.entries(pages) as [keyof typeof pages, string][]) {
      const results = measured[name];
      // Each page against the static runs next to it (A B A B): the ratio of the rounds' medians.
      const ratio = median(results.map((r, i) => r.rps / statics[i * 3 + Object.keys(pages).indexOf(name)]!.rps));
      const rps = median(results.map((r) => r.rps));
      const rate = Math.max(5, Math.round(rps / 2));
      const atRate: LoadResult[] = [];
      for (let i = 0; i < options.rounds; i++) atRate.push(await run(path, rate));
      paced.push(...atRate);
      const p99 = median(atRate.map((r) => r.p99));
      say(
        `${name.padEnd(5)} ${round(rps)} req/s, ratio to static ${round(ratio, 3)} (target ≥ ${targets.ratio}); at a fixed ${rate} req/s: p50 ${median(atRate.map((r) => r.p50))} ms, p95 ${median(atRate.map((r) => r.p95 ?? Number.NaN))} ms, p99 ${p99} ms (target ≤ ${targets.p99})`,
      );
      if (!(ratio >= targets.ratio)) failures.push(`${name}: ratio ${round(ratio, 3)} < ${targets.ratio}`);
      if (!(p99 <= targets.p99)) failures.push(`${name}: p99 ${p99} ms > ${targets.p99} ms`);
    }
    const staticAtRate: LoadResult[] = [];
    for (let i = 0; i < options.rounds; i++) staticAtRate.push(await run(stylesheet, 100));
    say(`static route at a fixed 100 req/s: p50 ${median(staticAtRate.map((r) => r.p50))} ms, p95 ${median(staticAtRate.map((r) => r.p95 ?? Number.NaN))} ms, p99 ${median(staticAtRate.map((r) => r.p99))} ms`);

    const bad = [...Object.values(measured).flat(), ...statics, ...floors, ...paced, ...staticAtRate].filter((r) => r.non2xx > 0 || r.errors > 0);
    if (bad.length > 0) failures.push(`${bad.length} runs had errors or non-2xx answers (${bad.map((r) => `${r.url}: ${r.non2xx} non-2xx, ${r.errors} errors`).join("; ")})`);
  } finally {
    await app.stop();
  }
  return { name: "2. event pages", lines, failures };
}

async function fetchPage(app: AppServer, path: string): Promise<string> {
  const response = await fetch(app.url + path, { redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}\n${app.output().slice(-2_000)}`);
  return body;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

type Picked = { id: string; title: string; speakers: number; registered: number; month: number };

/** The scheduled open event of a public community in the anchor month with the most registrations. */
async function pickEvent(url: string): Promise<Picked> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Picked>(
      `select e.id, e.title,
              (select count(*)::int from event_speakers s where s.event_id = e.id) as speakers,
              (select count(*)::int from event_registrations r where r.event_id = e.id and r.status = 'registered') as registered,
              (select count(*)::int from events m where date_trunc('month', m.starts_at) = date_trunc('month', $1::date)) as month
       from events e join communities c on c.id = e.community_id
       where c.visibility = 'public' and c.liquidated_at is null and 'events' = any(c.services) and e.status = 'scheduled' and e.audience = 'open'
         and date_trunc('month', e.starts_at) = date_trunc('month', $1::date)
       order by registered desc, e.id limit 1`,
      [eventsAnchor],
    );
    if (!rows[0]) throw new Error("bench: no public event in the anchor month");
    return rows[0];
  } finally {
    await client.end();
  }
}
