// Starts the production server. Without AUTH_SECRET (a demo on the embedded database) it creates a
// random secret once and keeps it in the data folder, so sessions survive restarts and no known
// default secret ever exists.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const port = process.env.PORT ?? "3000";
if (!process.env.AUTH_SECRET && !process.env.DATABASE_URL) {
  const dir = process.env.DATA_DIR ?? ".data";
  const file = path.join(dir, "auth-secret");
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

console.log(`\nМетодсеть: http://localhost:${port}/ru  (demo logins: see README.md)\n`);
const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
