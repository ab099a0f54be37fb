import { parseArgs } from "node:util";
import { communityPageBenchmark, type BenchReport } from "./community-page";
import { eventPagesBenchmark } from "./event-pages";
import { materialsSearchBenchmark } from "./materials-search";

// npm run bench [-- --only community,events,search --rounds 5 --seconds 10 --warmup 20 --scale 1 --seed 1 --reuse]
// Runs the benchmarks of ../shared/BENCH.md that exist so far (all, or those --only names) against
// the PostgreSQL server of BENCH_SERVER_URL; prints the figures; exits 1 when a target is missed.
//   community: 1, the community page, against the production build (run `npx next build` first, and
//              hold /tmp/metodset-build.lock while benchmarking on a shared checkout);
//   events:    2, the calendar (month, list) and an event page against a static route, production
//              build as for community (bench/event-pages.ts; --events 10000, --events-scale 0.2);
//   search:    3, 5 and 6, materials search in SQL (bench/materials-search.ts; --materials 200000,
//              --search-scale 0.2 for its communities and users, --queries 100 in the mix).

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    seconds: { type: "string", default: "10" },
    warmup: { type: "string", default: "20" },
    connections: { type: "string", default: "8" },
    scale: { type: "string", default: "1" },
    seed: { type: "string", default: "1" },
    database: { type: "string", default: "metodset_bench" },
    reuse: { type: "boolean", default: false },
    only: { type: "string", default: "community,events,search" },
    events: { type: "string", default: "10000" },
    "events-scale": { type: "string", default: "0.2" },
    "events-database": { type: "string", default: "metodset_bench_events" },
    materials: { type: "string", default: "200000" },
    "search-scale": { type: "string", default: "0.2" },
    "search-database": { type: "string", default: "metodset_bench_search" },
    queries: { type: "string", default: "100" },
  },
});

const known = ["community", "events", "search"];
const only = values.only.split(",").map((s) => s.trim());
for (const name of only) {
  if (!known.includes(name)) {
    console.error(`unknown benchmark ${name}: choose from ${known.join(", ")}`);
    process.exit(2);
  }
}

const reports: BenchReport[] = [];
try {
  if (only.includes("community")) {
    reports.push(
      await communityPageBenchmark({
        rounds: Number(values.rounds),
        seconds: Number(values.seconds),
        warmup: Number(values.warmup),
        connections: Number(values.connections),
        scale: Number(values.scale),
        seed: Number(values.seed),
        database: values.database,
        reuse: values.reuse,
      }),
    );
  }
  if (only.includes("events")) {
    console.log("\n== 2. event pages");
    reports.push(
      await eventPagesBenchmark({
        seed: Number(values.seed),
        rounds: Number(values.rounds),
        seconds: Number(values.seconds),
        warmup: Number(values.warmup),
        connections: Number(values.connections),
        events: Number(values.events),
        scale: Number(values["events-scale"]),
        reuse: values.reuse,
        database: values["events-database"],
      }),
    );
  }
  if (only.includes("search")) {
    console.log("\n== 3, 5, 6. materials search");
    reports.push(
      await materialsSearchBenchmark({
        seed: Number(values.seed),
        rounds: Number(values.rounds),
        warmup: 1,
        materials: Number(values.materials),
        scale: Number(values["search-scale"]),
        queries: Number(values.queries),
        reuse: values.reuse,
        database: values["search-database"],
      }),
    );
  }
} catch (error) {
  console.error(`benchmark failed: ${(error as Error).stack ?? error}`);
  process.exit(2);
}

console.log("\n== summary");
for (const report of reports) {
  console.log(`${report.name}: ${report.failures.length === 0 ? "targets met" : `MISSED: ${report.failures.join("; ")}`}`);
}
process.exitCode = reports.some((r) => r.failures.length > 0) ? 1 : 0;
