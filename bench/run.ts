import { parseArgs } from "node:util";
import { communityPageBenchmark, type BenchReport } from "./community-page";

// npm run bench [-- --rounds 5 --seconds 10 --warmup 20 --scale 1 --seed 1 --reuse]
// Runs the benchmarks of ../shared/BENCH.md that exist so far against the production build (run
// `npx next build` first, and hold /tmp/metodset-build.lock while benchmarking on a shared checkout)
// and the PostgreSQL server of BENCH_SERVER_URL; prints the figures; exits 1 when a target is missed.

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
  },
});

const reports: BenchReport[] = [];
try {
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
} catch (error) {
  console.error(`benchmark failed: ${(error as Error).stack ?? error}`);
  process.exit(2);
}

console.log("\n== summary");
for (const report of reports) {
  console.log(`${report.name}: ${report.failures.length === 0 ? "targets met" : `MISSED: ${report.failures.join("; ")}`}`);
}
process.exitCode = reports.some((r) => r.failures.length > 0) ? 1 : 0;
