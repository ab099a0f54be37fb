import { spawn } from "node:child_process";

// One load run in its own process pinned to its own core (the server has the other one): autocannon
// for throughput at a number of connections, bench/paced-load.ts for latency at a steady rate.

export type LoadResult = { url: string; rps: number; p50: number; p95?: number; p99: number; requests: number; non2xx: number; errors: number };

export type LoadOptions = { url: string; connections: number; seconds: number; cpu: string; rate?: number };

type AutocannonJson = {
  duration: number;
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};

export async function load({ url, connections, seconds, cpu, rate }: LoadOptions): Promise<LoadResult> {
  if (rate) return JSON.parse(await run(["-c", cpu, process.execPath, "--import", "tsx", "bench/paced-load.ts", url, String(rate), String(seconds), String(connections)])) as LoadResult;
  const out = await run(["-c", cpu, process.execPath, "node_modules/autocannon/autocannon.js", "--json", "--no-progress", "-c", String(connections), "-d", String(seconds), url]);
  const result = JSON.parse(out.slice(out.indexOf("{"))) as AutocannonJson;
  return {
    url,
    rps: result.requests.total / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** `taskset <args>`: its standard output. */
async function run(args: string[]): Promise<string> {
  const child = spawn("taskset", args, { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`${args[2]} exited with ${code}: ${err}`);
  return out;
}
