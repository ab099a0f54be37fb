import http from "node:http";
import { performance } from "node:perf_hooks";

// Open-loop load at an even, fixed rate: request i is due at start + i / rate, and its latency counts
// from when it was due (a request that waits for a free connection waits on the clock), so a slow
// answer cannot hide the ones queued behind it. autocannon's -R sends each second's quota at once
// per connection, which measures bursts of 8 rather than the tail at a steady rate.
// Run as a child process: tsx bench/paced-load.ts <url> <rate> <seconds> <connections> → JSON.

const [url, rateArg, secondsArg, connectionsArg] = process.argv.slice(2);
const rate = Number(rateArg);
const seconds = Number(secondsArg);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connectionsArg) });
const total = Math.round(rate * seconds);
const latencies: number[] = [];
let non2xx = 0;
let errors = 0;

function send(due: number): Promise<void> {
  return new Promise((resolve) => {
    const request = http.get(url!, { agent }, (response) => {
      if ((response.statusCode ?? 0) >= 300) non2xx += 1;
      response.resume();
      response.on("end", () => {
        latencies.push(performance.now() - due);
        resolve();
      });
    });
    request.on("error", () => {
      errors += 1;
      resolve();
    });
  });
}

const start = performance.now() + 20;
const inFlight: Promise<void>[] = [];
for (let i = 0; i < total; i++) {
  const due = start + (i * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  inFlight.push(send(due));
}
await Promise.all(inFlight);
agent.destroy();

latencies.sort((a, b) => a - b);
const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
const elapsed = (performance.now() - start) / 1000;
console.log(JSON.stringify({ url, rps: latencies.length / elapsed, p50: at(0.5), p95: at(0.95), p99: at(0.99), requests: latencies.length, non2xx, errors }));
