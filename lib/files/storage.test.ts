import { mkdtempSync, rmSync } from "node:fs";
import { readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { localFileStorage } from "./local-storage";
import { newFileKey, storageFromEnv, type FileStorage } from "./storage";

const temp = mkdtempSync(path.join(os.tmpdir(), "metodset-files-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const server = new S3rver({ address: "127.0.0.1", port: 0, directory: path.join(temp, "s3"), silent: true, configureBuckets: [{ name: "materials" }] });
let s3Env: Record<string, string>;
beforeAll(async () => {
  const { port } = await server.run();
  // s3rver's built-in account: it checks the access key id (not SigV4 signatures).
  s3Env = {
    S3_BUCKET: "materials",
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_FORCE_PATH_STYLE: "1",
  };
});
afterAll(() => server.close());

async function bytesOf(stored: { body: Readable }) {
  const chunks: Buffer[] = [];
  for await (const chunk of stored.body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const stores: [string, () => FileStorage][] = [
  ["local folder", () => storageFromEnv({ FILES_DIR: path.join(temp, "local") })],
  ["S3-compatible bucket", () => storageFromEnv(s3Env)],
];

describe.each(stores)("%s", (_name, makeStore) => {
  test("keeps a buffer with its content type", async () => {
    const store = makeStore();
    const key = newFileKey();
    await store.put(key, Buffer.from("Урок №1"), { contentType: "application/pdf" });
    expect(await store.exists(key)).toBe(true);
    const stored = await store.get(key);
    expect(stored).toMatchObject({ size: Buffer.byteLength("Урок №1"), contentType: "application/pdf" });
    expect(await text(stored!.body)).toBe("Урок №1");
  });

  test("keeps a stream larger than one multipart part", async () => {
    const store = makeStore();
    const key = newFileKey();
    const bytes = Buffer.alloc(6 * 1024 * 1024 + 123, "методсеть");
    const chunks = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536));
    await store.put(key, Readable.from(chunks), { contentType: "video/mp4" });
    const stored = await store.get(key);
    expect(stored).toMatchObject({ size: bytes.length, contentType: "video/mp4" });
    expect((await bytesOf(stored!)).equals(bytes)).toBe(true);
  });

  test("replaces a file put again under the same key", async () => {
    const store = makeStore();
    const key = newFileKey();
    await store.put(key, Buffer.from("first"), { contentType: "image/png" });
    await store.put(key, Buffer.from("second"), { contentType: "image/jpeg" });
    const stored = await store.get(key);
    expect(stored?.contentType).toBe("image/jpeg");
    expect(await text(stored!.body)).toBe("second");
  });

  test("answers null and false for a missing file, and deletes idempotently", async () => {
    const store = makeStore();
    const key = newFileKey();
    expect(await store.get(key)).toBeNull();
    expect(await store.exists(key)).toBe(false);
    await store.put(key, Buffer.from("x"), { contentType: "application/pdf" });
    await store.delete(key);
    await store.delete(key);
    expect(await store.exists(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
  });

  test.each(["../escape", "a/../../escape", "/etc/passwd", "a\\..\\b", "", "a//b", "A/B", "x.meta.json", "%2e%2e/x", "a/./b"])(
    "refuses the key %j",
    async (key) => {
      const store = makeStore();
      await expect(store.put(key, Buffer.from("x"), { contentType: "text/plain" })).rejects.toThrow(/Invalid file key/);
      await expect(store.get(key)).rejects.toThrow(/Invalid file key/);
      await expect(store.exists(key)).rejects.toThrow(/Invalid file key/);
      await expect(store.delete(key)).rejects.toThrow(/Invalid file key/);
    },
  );
});

describe("choosing and placing the store", () => {
  test("the S3 path really stores in the bucket, not in the local folder", async () => {
    const key = newFileKey();
    await storageFromEnv(s3Env).put(key, Buffer.from("in the bucket"), { contentType: "application/pdf" });
    expect(await localFileStorage(path.join(temp, "local")).exists(key)).toBe(false);
    expect(await storageFromEnv(s3Env).exists(key)).toBe(true);
  });

  test("the local store writes only the file and its content type under FILES_DIR", async () => {
    const dir = path.join(temp, "only");
    const key = newFileKey();
    await storageFromEnv({ FILES_DIR: dir }).put(key, Buffer.from("x"), { contentType: "image/png" });
    expect((await readdir(dir, { recursive: true })).sort()).toEqual([key.split("/")[0], key, `${key}.meta.json`]);
  });

  test("refuses a local folder inside public/", () => {
    expect(() => localFileStorage("public/uploads")).toThrow(/public/);
    expect(() => localFileStorage("./public")).toThrow(/public/);
    expect(() => localFileStorage("publicity")).not.toThrow();
  });

  test("asks for both S3 keys or neither", () => {
    expect(() => storageFromEnv({ ...s3Env, S3_SECRET_ACCESS_KEY: "" })).toThrow(/S3_ACCESS_KEY_ID/);
  });

  test("generates distinct keys of the accepted shape", () => {
    const keys = new Set(Array.from({ length: 1000 }, newFileKey));
    expect(keys.size).toBe(1000);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
  });
});
