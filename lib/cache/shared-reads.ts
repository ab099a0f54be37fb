import "server-only";
import { LRUCache } from "lru-cache";
import { changeCount } from "./changes";

/**
 * Reads that every viewer shares (a community's row, the shared part of its home page), kept for a
 * few seconds so the busiest pages cost one or two queries. A change recorded in this process
 * empties it at once (the writer sees its own change); another instance sees it within the TTL,
 * as it would behind a caching proxy. Values are shared between requests: never mutate them.
 */
export class SharedReads {
  private readonly cache: LRUCache<string, { value: object; changes: number }>;

  constructor(options: { max: number; ttlMs: number }) {
    this.cache = new LRUCache({ max: options.max, ttl: options.ttlMs });
  }

  async get<T extends object>(key: string, load: () => Promise<T>): Promise<T> {
    // The count before the read: a change that lands while loading leaves the entry already stale.
    const changes = changeCount();
    const hit = this.cache.get(key);
    if (hit && hit.changes === changes) return hit.value as T;
    const value = await load();
    this.cache.set(key, { value, changes });
    return value;
  }
}

const cache = new SharedReads({ max: 2_000, ttlMs: 5_000 });
const live = process.env.NODE_ENV === "production" && process.env.SHARED_READS !== "0";

/**
 * The app's one shared cache. Off outside production builds (domain tests write rows directly,
 * without the activity log, and must read them back at once; shared-reads.test.ts tests the class)
 * and with SHARED_READS=0 (benchmark 1 counts the queries of an uncached render that way).
 */
export function sharedRead<T extends object>(key: string, load: () => Promise<T>): Promise<T> {
  return live ? cache.get(key, load) : load();
}
