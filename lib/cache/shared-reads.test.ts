import { describe, expect, test, vi } from "vitest";
import { noteChange } from "./changes";
import { SharedReads } from "./shared-reads";

describe("SharedReads", () => {
  test("answers from memory until a change is recorded, then reads again", async () => {
    const reads = new SharedReads({ max: 10, ttlMs: 60_000 });
    const load = vi.fn(async () => ({ n: load.mock.calls.length }));
    expect(await reads.get("a", load)).toEqual({ n: 1 });
    expect(await reads.get("a", load)).toEqual({ n: 1 });
    expect(load).toHaveBeenCalledTimes(1);
    noteChange();
    expect(await reads.get("a", load)).toEqual({ n: 2 });
    expect(await reads.get("b", load)).toEqual({ n: 3 });
  });

  test("a change that lands while loading leaves that value stale", async () => {
    const reads = new SharedReads({ max: 10, ttlMs: 60_000 });
    let calls = 0;
    const load = async () => {
      calls += 1;
      if (calls === 1) noteChange(); // a write commits while the first read is in flight
      return { calls };
    };
    expect(await reads.get("k", load)).toEqual({ calls: 1 });
    expect(await reads.get("k", load)).toEqual({ calls: 2 });
    expect(await reads.get("k", load)).toEqual({ calls: 2 });
  });

  test("forgets after the time to live", async () => {
    const reads = new SharedReads({ max: 10, ttlMs: 30 });
    let calls = 0;
    const load = async () => ({ calls: ++calls });
    await reads.get("k", load);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await reads.get("k", load)).toEqual({ calls: 2 });
  });
});
