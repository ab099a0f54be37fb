import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

// Starts the production build (`next start`) for a benchmark, pinned to one core, on a free port,
// against the bench database, and stops it with its whole process group.

export type AppServer = { url: string; stop: () => Promise<void>; output: () => string };

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npx next build` first (under flock /tmp/metodset-build.lock).");
  }
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `taskset -c <cpu> next start`, ready when /api/health answers 200. */
export async function startApp({ databaseUrl, cpu, env: extra = {} }: { databaseUrl: string; cpu: string; env?: Record<string, string> }): Promise<AppServer> {
  assertBuilt();
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "bench-only-secret-0123456789abcdefghijklmnopqrstuv",
    BENCH_FLOOR: "1",
    // The reminder sweep and its queue's polling would add their own load to the figures.
    REMINDERS: "0",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
  delete env.SEED_DEMO;
  delete env.DATA_DIR;
  delete env.SMTP_URL;
  const child = spawn("taskset", ["-c", cpu, process.execPath, "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop: () => stop(child), output: () => log };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop(child);
  throw new Error(`next start did not become ready in 60 s:\n${log}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}
