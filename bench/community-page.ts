import pg from "pg";
import { startApp, type AppServer } from "./app-server";
import { databaseUrl, defaultServerUrl, describeGenerated, generate } from "./generate";
import { load, type LoadResult } from "./load";
import { startQueryCounter } from "./query-counter";
import { median, round } from "./stats";

// Benchmark 1 of BENCH.md: the home page of a big community (/ru/communities/<slug>, as a guest)
// against an empty dynamic page of the same app (/ru/bench-floor, same layout, no database), at 8
// connections, alternating A B A B after a warm-up; the ratio of the medians must be ≥ 0.6. The
// community page's p99 is measured at a steady rate, half its throughput (bench/paced-load.ts, 8
// connections at most), and must be ≤ 50 ms. The server runs on core 0, the load on core 1. Counts the SQL
// statements of one render of a small and of the big community: they must be equal.

export type BenchOptions = { scale: number; seed: number; rounds: number; seconds: number; warmup: number; connections: number; reuse: boolean; database: string };

export type BenchReport = { name: string; lines: string[]; failures: string[] };

const targets = { ratio: 0.6, p99: 50 };
const serverCpu = "0";
const loadCpu = "1";

export async function communityPageBenchmark(options: BenchOptions): Promise<BenchReport> {
  const lines: string[] = [];
  const failures: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    console.log(line);
  };

  const generated = await generate({ target: { kind: "server", database: options.database }, scale: options.scale, seed: options.seed, reuse: options.reuse });
  say(`data ${describeGenerated(generated)}`);
  const url = databaseUrl(options.database);
  const { big, small } = await pickCommunities(url);
  say(`big community:   ${big.slug}: ${big.members} active members, ${big.posts} announcements, ${big.plan} plan items, ${big.children} sub-communities`);
  say(`small community: ${small.slug}: ${small.members} active members, ${small.posts} announcements, ${small.plan} plan items`);
  const bigPath = `/ru/communities/${big.slug}`;
  const floorPath = "/ru/bench-floor";

  // 1. Queries per render, through a counting relay, with the shared-reads cache off (lib/cache/shared-reads.ts):
  // what a render costs when nothing is cached.
  const upstream = new URL(defaultServerUrl);
  const counter = await startQueryCounter({ host: upstream.hostname, port: Number(upstream.port || 5432) });
  const counted = new URL(url);
  counted.host = `127.0.0.1:${counter.port}`;
  let app = await startApp({ databaseUrl: counted.toString(), cpu: serverCpu, env: { SHARED_READS: "0" } });
  try {
    const perRender = async (path: string) => {
      await fetchPage(app, path); // the first render loads modules and warms pools
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        counter.drain();
        const before = counter.count();
        await fetchPage(app, path);
        await new Promise((resolve) => setTimeout(resolve, 150)); // anything written after the response
        counts.push(counter.count() - before);
      }
      return counts;
    };
    const smallQueries = await perRender(`/ru/communities/${small.slug}`);
    const bigQueries = await perRender(bigPath);
    // BENCH_SHOW_SQL=1 prints the big page's statements, e.g. to EXPLAIN ANALYZE them.
    if (process.env.BENCH_SHOW_SQL) console.log(counter.drain().join(";\n\n"));
    const floorQueries = await perRender(floorPath);
    say(`SQL statements per uncached render (3 renders each): small ${smallQueries.join(", ")}; big ${bigQueries.join(", ")}; floor ${floorQueries.join(", ")}`);
    if (median(smallQueries) !== median(bigQueries)) failures.push(`the query count depends on the community's size (${median(smallQueries)} vs ${median(bigQueries)})`);
  } finally {
    await app.stop();
    await counter.close();
  }

  // 2. Throughput at 8 connections, A B A B; 3. latency at a fixed rate, A B A B.
  app = await startApp({ databaseUrl: url, cpu: serverCpu });
  try {
    const page = await fetchPage(app, bigPath);
    if (!page.includes(big.name)) throw new Error(`${bigPath} does not show the community's name`);
    if (!(await fetchPage(app, floorPath)).includes("data-bench-floor")) throw new Error(`${floorPath} is not the benchmark floor: rebuild (npx next build)`);
    say(`community page: ${Math.round(page.length / 1024)} KB of HTML`);

    const run = (path: string, rate?: number, seconds = options.seconds) => load({ url: app.url + path, connections: options.connections, seconds, cpu: loadCpu, rate });
    await run(bigPath, undefined, options.warmup);
    await run(floorPath, undefined, options.warmup);

    const pages: LoadResult[] = [];
    const floors: LoadResult[] = [];
    for (let i = 0; i < options.rounds; i++) {
      pages.push(await run(bigPath));
      floors.push(await run(floorPath));
      say(`  round ${i + 1}: community ${round(pages.at(-1)!.rps)} req/s, floor ${round(floors.at(-1)!.rps)} req/s`);
    }
    const ratio = median(pages.map((p, i) => p.rps / floors[i]!.rps));
    const pageRps = median(pages.map((p) => p.rps));
    const floorRps = median(floors.map((p) => p.rps));
    say(`throughput at ${options.connections} connections (median of ${options.rounds}): community ${round(pageRps)} req/s, floor ${round(floorRps)} req/s, ratio ${round(ratio, 2)} (target ≥ ${targets.ratio})`);
    say(`  p99 at saturation: community ${median(pages.map((p) => p.p99))} ms, floor ${median(floors.map((p) => p.p99))} ms`);

    const rate = Math.max(5, Math.round(pageRps / 2));
    const pagesAtRate: LoadResult[] = [];
    const floorsAtRate: LoadResult[] = [];
    for (let i = 0; i < options.rounds; i++) {
      pagesAtRate.push(await run(bigPath, rate));
      floorsAtRate.push(await run(floorPath, rate));
    }
    const p99 = median(pagesAtRate.map((p) => p.p99));
    say(
      `latency at a fixed ${rate} req/s (median of ${options.rounds}): community p50 ${median(pagesAtRate.map((p) => p.p50))} ms, p99 ${p99} ms (target ≤ ${targets.p99}); floor p50 ${median(floorsAtRate.map((p) => p.p50))} ms, p99 ${median(floorsAtRate.map((p) => p.p99))} ms`,
    );

    const bad = [...pages, ...floors, ...pagesAtRate, ...floorsAtRate].filter((r) => r.non2xx > 0 || r.errors > 0);
    if (bad.length > 0) failures.push(`${bad.length} runs had errors or non-2xx answers (${bad.map((r) => `${r.url}: ${r.non2xx} non-2xx, ${r.errors} errors`).join("; ")})`);
    if (!(ratio >= targets.ratio)) failures.push(`ratio ${round(ratio, 2)} < ${targets.ratio}`);
    if (!(p99 <= targets.p99)) failures.push(`p99 ${p99} ms > ${targets.p99} ms`);
  } finally {
    await app.stop();
  }
  return { name: "1. community page", lines, failures };
}

async function fetchPage(app: AppServer, path: string): Promise<string> {
  const response = await fetch(app.url + path, { redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}\n${app.output().slice(-2_000)}`);
  return body;
}

type Picked = { slug: string; name: string; members: number; posts: number; plan: number; children: number };

/** The biggest public community, and the smallest public root one with announcements switched on. */
async function pickCommunities(url: string): Promise<{ big: Picked; small: Picked }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Picked>(`
      select c.slug, c.name,
             (select count(*)::int from community_memberships m where m.community_id = c.id and m.status = 'active') as members,
             (select count(*)::int from announcements a where a.community_id = c.id) as posts,
             (select count(*)::int from community_plan_items p where p.community_id = c.id) as plan,
             (select count(*)::int from communities s where s.parent_id = c.id) as children
      from communities c
      where c.visibility = 'public' and c.liquidated_at is null and c.parent_id is null and 'announcements' = any(c.services)
      order by members desc`);
    if (rows.length < 2) throw new Error("bench: too few public communities");
    return { big: rows[0]!, small: rows.at(-1)! };
  } finally {
    await client.end();
  }
}
