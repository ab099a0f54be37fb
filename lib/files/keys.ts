import { randomUUID } from "node:crypto";

// Lower-case segments without dots: no "..", no absolute paths, no backslashes, and no clash with
// the local store's ".meta.json" side files. Keys are generated, never taken from a user.
const KEY = /^[a-z0-9][a-z0-9_-]{0,99}(?:\/[a-z0-9][a-z0-9_-]{0,99}){0,4}$/;

/** A fresh random key, fanned out by its first two characters so no folder grows huge. */
export function newFileKey(): string {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id}`;
}

export function assertFileKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Invalid file key: ${JSON.stringify(key)}`);
}
