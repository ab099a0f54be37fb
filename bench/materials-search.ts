import { sql, type SQL } from "drizzle-orm";
import pg from "pg";
import type { BenchReport } from "./community-page";
import { describeMaterials, generateMaterials } from "./generate-materials";
import { plantedIds, plantedPhrases, queryMix, type QueryClass } from "./materials-corpus";
import { median, round } from "./stats";

// Benchmarks 3, 5 and 6 of BENCH.md over 200,000 generated materials (bench/generate-materials.ts)
// on the PostgreSQL server, calling the app's own search (lib/materials/search.ts) in this process:
//  3. p50/p95 of searchMaterials — what the /materials page runs — as a guest and as a
//     signed-in member of members-only communities, over a mix of 70 % selective queries, 20 % common
//     words and 10 % typos; per round the percentiles of every call, the median of the rounds
//     reported; targets p95 ≤ 25 ms overall and ≤ 50 ms for common words.
//  5. the search statement's time (total, facets and the first page, over at most searchSampleSize + 1
//     matches) ÷ a bare count(*) of the same capped match, each query timed A B A B, the sums of the
//     medians compared; target ≤ 1.5. A broad query's total and facets are estimated from that sample
//     (lib/materials/search.ts); the mix's share of them is printed.
//  6. recall@10 over the planted labelled queries (bench/materials-corpus.ts), as a guest; ≥ 0.9.
// BENCH_EXPLAIN="<query>" prints the plans of that query's statements instead.

export type SearchBenchOptions = { seed: number; rounds: number; warmup: number; materials: number; scale: number; queries: number; reuse: boolean; database: string };

const targets = { p95: 25, commonP95: 50, facetRatio: 1.5, recall: 0.9 };
const classes: QueryClass[] = ["selective", "common", "typo"];

type Search = typeof import("@/lib/materials/search");
type Viewer = { id: string; roles: ("participant" | "expert" | "methodist" | "administrator")[] } | null;

export async function materialsSearchBenchmark(options: SearchBenchOptions): Promise<BenchReport> {
  const lines: string[] = [];
  const failures: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    console.log(line);
  };

  const data = await generateMaterials({ database: options.database, seed: options.seed, materials: options.materials, scale: options.scale, reuse: options.reuse, log: say });
  say(`data ${describeMaterials(data)}`);

  // The app's modules, against the bench database (one connection: calls are sequential).
  process.env.DATABASE_URL = data.url;
  process.env.DATABASE_POOL_SIZE = "2";
  await import("./server-only-hook");
  const search: Search = await import("@/lib/materials/search");
  const { closeDb } = await import("@/db/client");
  try {
    const member = await pickMember(data.url);
    say(`member: ${member.id}, active in ${member.communities} members-only communities holding ${member.materials} materials`);
    const viewers: [string, Viewer][] = [
      ["guest", null],
      ["member", { id: member.id, roles: member.roles }],
    ];

    if (process.env.BENCH_EXPLAIN) {
      await search.inSearchTransaction(async (tx) => {
        const statements = await search.searchStatements(tx, { viewerId: null, query: { q: process.env.BENCH_EXPLAIN } });
        for (const [name, statement] of Object.entries(statements)) {
          const plan = (await tx.execute(sql`explain (analyze, buffers) ${statement}`)) as unknown as { rows: { "QUERY PLAN": string }[] };
          console.log(`== ${name}\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
        }
      });
      return { name: "3/5/6. materials search (explain only)", lines, failures: [] };
    }

    // 3. Latency of the search as the page calls it.
    const mix = queryMix(options.seed, options.queries);
    const counts = Object.fromEntries(classes.map((c) => [c, mix.filter((m) => m.cls === c).length]));
    say(`query mix: ${mix.length} queries (${classes.map((c) => `${c} ${counts[c]}`).join(", ")}), each as guest and member`);
    const run = async (q: string, viewer: Viewer) => {
      const started = performance.now();
      const result = await search.searchMaterials({ viewer, query: { q } });
      const ms = performance.now() - started;
      if (!result.ok) throw new Error(`search «${q}» failed: ${result.error}`);
      return { ms, total: result.data.total, approximate: result.data.approximate };
    };
    const totals = new Map<string, number>();
    const approximate = new Set<string>();
    for (let w = 0; w < options.warmup; w++) {
      for (const { q } of mix) for (const [name, viewer] of viewers) {
        const result = await run(q, viewer);
        totals.set(`${name}:${q}`, result.total);
        if (result.approximate) approximate.add(`${name}:${q}`);
      }
    }
    const matchSizes = (cls: QueryClass) => mix.filter((m) => m.cls === cls).map((m) => totals.get(`guest:${m.q}`) ?? 0);
    for (const cls of classes) {
      const sizes = matchSizes(cls);
      say(`  ${cls}: matches per query (guest) median ${median(sizes)}, max ${Math.max(...sizes)}, none for ${sizes.filter((n) => n === 0).length}, estimated (broad) for ${mix.filter((m) => m.cls === cls && approximate.has(`guest:${m.q}`)).length}`);
    }

    type Round = Record<QueryClass | "all" | "guest" | "member", number[]>;
    const rounds: Round[] = [];
    for (let i = 0; i < options.rounds; i++) {
      const times: Round = { selective: [], common: [], typo: [], all: [], guest: [], member: [] };
      // A different order every round, guest and member alternating.
      const order = mix.map((m, k) => ({ ...m, k: (k * 7919 + i * 104729) % mix.length })).sort((a, b) => a.k - b.k);
      for (const { q, cls } of order) {
        for (const [name, viewer] of i % 2 ? [...viewers].reverse() : viewers) {
          const { ms } = await run(q, viewer);
          times[cls].push(ms);
          times.all.push(ms);
          times[name as "guest" | "member"].push(ms);
        }
      }
      rounds.push(times);
      say(`  round ${i + 1}: p50 ${round(percentile(times.all, 50))} ms, p95 ${round(percentile(times.all, 95))} ms; common p95 ${round(percentile(times.common, 95))} ms`);
    }
    const figure = (key: keyof Round, p: number) => round(median(rounds.map((r) => percentile(r[key], p))));
    say(`3. search SQL latency (median of ${options.rounds} rounds of ${rounds[0]!.all.length} calls):`);
    for (const key of ["all", ...classes, "guest", "member"] as const) {
      say(`   ${key.padEnd(9)} p50 ${String(figure(key, 50)).padStart(6)} ms   p95 ${String(figure(key, 95)).padStart(6)} ms   max ${round(median(rounds.map((r) => Math.max(...r[key]))))} ms`);
    }
    say(`   targets: p95 ≤ ${targets.p95} ms overall, common words ≤ ${targets.commonP95} ms`);
    if (!(figure("all", 95) <= targets.p95)) failures.push(`search p95 ${figure("all", 95)} ms > ${targets.p95} ms`);
    if (!(figure("common", 95) <= targets.commonP95)) failures.push(`common-word p95 ${figure("common", 95)} ms > ${targets.commonP95} ms`);

    // 5. The search statement ÷ a bare count of the same capped match.
    const distinct = [...new Map(mix.map((m) => [m.q, m])).values()];
    const facetSums: Record<QueryClass, { facets: number; count: number }> = { selective: { facets: 0, count: 0 }, common: { facets: 0, count: 0 }, typo: { facets: 0, count: 0 } };
    const repeats = Math.max(3, options.rounds);
    for (const { q, cls } of distinct) {
      const facets: number[] = [];
      const count: number[] = [];
      // The same transaction and planner settings as the search itself.
      await search.inSearchTransaction(async (tx) => {
        const statements = await search.searchStatements(tx, { viewerId: null, query: { q } });
        const timed = async (statement: SQL) => {
          const started = performance.now();
          const result = (await tx.execute(statement)) as unknown as { rows: Record<string, unknown>[] };
          return { ms: performance.now() - started, rows: result.rows };
        };
        await timed(statements.search);
        const first = await timed(statements.count);
        const exact = !approximate.has(`guest:${q}`);
        if (exact && Number(first.rows[0]!.n) !== totals.get(`guest:${q}`)) throw new Error(`count(*) of «${q}» is ${first.rows[0]!.n}, the search said ${totals.get(`guest:${q}`)}`);
        for (let i = 0; i < repeats; i++) {
          facets.push((await timed(statements.search)).ms);
          count.push((await timed(statements.count)).ms);
        }
      });
      facetSums[cls].facets += median(facets);
      facetSums[cls].count += median(count);
    }
    const sum = (key: "facets" | "count") => classes.reduce((s, c) => s + facetSums[c][key], 0);
    const ratio = sum("facets") / sum("count");
    say(`5. search statement ÷ count(*) over ${distinct.length} distinct queries (sums of medians of ${repeats}): ${round(sum("facets"))} ms ÷ ${round(sum("count"))} ms = ${round(ratio, 2)} (target ≤ ${targets.facetRatio})`);
    for (const cls of classes) {
      say(`   ${cls.padEnd(9)} ${round(facetSums[cls].facets)} ms ÷ ${round(facetSums[cls].count)} ms = ${round(facetSums[cls].facets / facetSums[cls].count, 2)}`);
    }
    if (!(ratio <= targets.facetRatio)) failures.push(`facet ratio ${round(ratio, 2)} > ${targets.facetRatio}`);

    // 6. Recall@10 over the planted labels.
    let recallSum = 0;
    const misses: string[] = [];
    for (const [phrase, q] of plantedPhrases) {
      const result = await search.searchMaterials({ viewer: null, query: { q } });
      if (!result.ok) throw new Error(`search «${q}» failed: ${result.error}`);
      const top = new Set(result.data.items.slice(0, 10).map((item) => item.id));
      const expected = plantedIds(options.seed, phrase);
      const found = expected.filter((id) => top.has(id)).length;
      recallSum += found / expected.length;
      if (found < expected.length) misses.push(`«${q}» → «${phrase}»: ${found}/${expected.length} in the top 10 of ${result.data.total}`);
    }
    const recall = recallSum / plantedPhrases.length;
    say(`6. recall@10 over ${plantedPhrases.length} labelled queries: ${round(recall, 3)} (target ≥ ${targets.recall})${misses.length ? `; missed:\n   ${misses.join("\n   ")}` : ""}`);
    if (!(recall >= targets.recall)) failures.push(`recall@10 ${round(recall, 3)} < ${targets.recall}`);
  } finally {
    await closeDb();
  }
  return { name: "3/5/6. materials search", lines, failures };
}

/** The nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** The user active in the most members-only communities (ties: the smallest id), with their roles. */
async function pickMember(url: string): Promise<{ id: string; roles: NonNullable<Viewer>["roles"]; communities: number; materials: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; communities: number; roles: NonNullable<Viewer>["roles"] }>(`
      select m.user_id as id, count(*)::int as communities, (select array_agg(r.role::text) from user_roles r where r.user_id = m.user_id) as roles
      from community_memberships m join communities c on c.id = m.community_id
      where m.status = 'active' and m.user_id is not null and c.visibility = 'members' and c.liquidated_at is null
        and not exists (select 1 from user_roles r where r.user_id = m.user_id and r.role in ('methodist', 'administrator'))
      group by m.user_id order by count(*) desc, m.user_id limit 1`);
    if (!rows[0]) throw new Error("bench: no member of a members-only community");
    const { rows: n } = await client.query<{ n: number }>(
      `select count(*)::int as n from materials where community_id in (
         select community_id from community_memberships where user_id = $1 and status = 'active') and community_id in (select id from communities where visibility = 'members')`,
      [rows[0].id],
    );
    return { ...rows[0], roles: rows[0].roles ?? [], materials: n[0]!.n };
  } finally {
    await client.end();
  }
}
