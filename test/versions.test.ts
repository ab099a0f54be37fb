import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

// SECURITY.md "Versions": advisories in 2025-2026 allowed RCE through server components and an
// authorization bypass through middleware; the installed packages must be at least these.
const root = path.resolve(import.meta.dirname, "..");
const minimums: [string, string][] = [
  ["next", "16.4.1"],
  ["react", "19.3.1"],
  ["react-dom", "19.3.1"],
];

function installedVersion(pkg: string): string {
  const file = path.join(root, "node_modules", pkg, "package.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
}

/** Compares x.y.z[-pre] versions; a pre-release sorts before its release, as in semver. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = "", pre] = v.trim().replace(/^v/, "").split("+")[0]!.split(/-(.*)/s);
    const nums = core.split(".").map((n) => Number(n));
    if (nums.length !== 3 || nums.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`Not a version: ${v}`);
    return { nums, pre: pre ? pre.split(".") : [] };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) if (x.nums[i] !== y.nums[i]) return x.nums[i]! < y.nums[i]! ? -1 : 1;
  if (!x.pre.length || !y.pre.length) return x.pre.length === y.pre.length ? 0 : x.pre.length ? -1 : 1;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Number(p) < Number(q) ? -1 : 1;
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

describe("compareVersions", () => {
  test.each([
    ["16.4.1", "16.4.1", 0],
    ["16.4.6", "16.4.1", 1],
    ["16.4.0", "16.4.1", -1],
    ["16.10.0", "16.9.9", 1],
    ["17.0.0", "16.99.99", 1],
    ["19.3.1", "19.3.10", -1],
    ["16.4.1-canary.3", "16.4.1", -1],
    ["16.4.1-canary.10", "16.4.1-canary.9", 1],
    ["5.0.0-beta.32", "5.0.0-beta.4", 1],
    ["5.0.0-alpha.1", "5.0.0-beta.1", -1],
  ])("%s vs %s → %i", (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });

  test("garbage is an error, not a pass", () => {
    expect(() => compareVersions("latest", "16.4.1")).toThrow();
  });
});

describe("installed versions", () => {
  test.each(minimums)("%s is at least %s", (pkg, minimum) => {
    const version = installedVersion(pkg);
    expect(compareVersions(version, minimum), `${pkg} ${version} is older than ${minimum}`).toBeGreaterThanOrEqual(0);
    expect(version, `${pkg} must be a release, not a pre-release`).not.toContain("-");
  });

  // sharp comes in through next (image optimization); SECURITY.md asks for ≥ 0.35.5 whenever it is installed.
  const sharpInstalled = fs.existsSync(path.join(root, "node_modules", "sharp", "package.json"));
  test.skipIf(!sharpInstalled)("sharp, when installed, is at least 0.35.5", () => {
    expect(compareVersions(installedVersion("sharp"), "0.35.5")).toBeGreaterThanOrEqual(0);
  });

  test("react and react-dom are the same version", () => {
    expect(installedVersion("react-dom")).toBe(installedVersion("react"));
  });

  test("next-auth is pinned exactly in package.json and installed at that version", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    const spec = manifest.dependencies?.["next-auth"];
    expect(spec, "next-auth must be a dependency").toBeDefined();
    expect(spec).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
    expect(installedVersion("next-auth")).toBe(spec);
  });
});
