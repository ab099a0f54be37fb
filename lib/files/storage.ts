import "server-only";
import type { Readable } from "node:stream";
import { z } from "zod";
import { localFileStorage } from "./local-storage";
import { s3FileStorage } from "./s3-storage";

export { newFileKey } from "./keys";

export type FileBody = Buffer | Readable;
export type StoredFile = { body: Readable; size: number; contentType: string };

/** Where uploaded files live. Keys come from newFileKey(); every method refuses any other shape. */
export interface FileStorage {
  put(key: string, body: FileBody, meta: { contentType: string }): Promise<void>;
  /** null when there is no such file; the caller must consume or destroy `body`. */
  get(key: string): Promise<StoredFile | null>;
  /** Removing a missing file is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);
const optionalText = z.preprocess(unsetIfEmpty, z.string().optional());

const storageEnv = z.object({
  FILES_DIR: z.preprocess(unsetIfEmpty, z.string().default(".data/files")),
  S3_BUCKET: optionalText,
  S3_ENDPOINT: z.preprocess(unsetIfEmpty, z.string().url().optional()),
  S3_REGION: z.preprocess(unsetIfEmpty, z.string().default("us-east-1")),
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  S3_FORCE_PATH_STYLE: z.preprocess(unsetIfEmpty, z.enum(["0", "1", "true", "false"]).default("false")),
});

/** The local folder FILES_DIR, or an S3-compatible bucket when S3_BUCKET is set. */
export function storageFromEnv(source: Record<string, string | undefined>): FileStorage {
  const env = storageEnv.parse(source);
  if (!env.S3_BUCKET) return localFileStorage(env.FILES_DIR);
  if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
    throw new Error("Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither to use the SDK's default credentials");
  }
  return s3FileStorage({
    bucket: env.S3_BUCKET,
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === "1" || env.S3_FORCE_PATH_STYLE === "true",
  });
}

let configured: FileStorage | undefined;
export function fileStorage(): FileStorage {
  configured ??= storageFromEnv(process.env);
  return configured;
}
