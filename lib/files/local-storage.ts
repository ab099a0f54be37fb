import "server-only";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { assertFileKey } from "./keys";
import type { FileBody, FileStorage } from "./storage";

const FALLBACK_TYPE = "application/octet-stream";

/** Files under `dir`, each with a `<key>.meta.json` beside it holding its content type. */
export function localFileStorage(dir: string): FileStorage {
  const root = path.resolve(dir);
  const publicDir = path.resolve("public");
  // Anything under public/ is served by Next without authorization.
  if (root === publicDir || root.startsWith(publicDir + path.sep)) {
    throw new Error(`FILES_DIR must not be inside public/: ${root}`);
  }

  const fileOf = (key: string) => {
    assertFileKey(key);
    const file = path.resolve(root, key);
    if (!file.startsWith(root + path.sep)) throw new Error(`Invalid file key: ${JSON.stringify(key)}`);
    return file;
  };
  const metaOf = (file: string) => `${file}.meta.json`;

  return {
    async put(key, body, { contentType }) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside and renamed, so a reader never sees half a file.
      const suffix = `.${randomBytes(8).toString("hex")}.tmp`;
      try {
        await writeBody(file + suffix, body);
        await writeFile(metaOf(file) + suffix, JSON.stringify({ contentType }), { flag: "wx" });
        await rename(metaOf(file) + suffix, metaOf(file));
        await rename(file + suffix, file);
      } finally {
        await Promise.all([rm(file + suffix, { force: true }), rm(metaOf(file) + suffix, { force: true })]);
      }
    },

    async get(key) {
      const file = fileOf(key);
      const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        throw error;
      });
      if (!handle) return null;
      try {
        const { size } = await handle.stat();
        const contentType = await readContentType(metaOf(file));
        return { body: handle.createReadStream(), size, contentType };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async delete(key) {
      const file = fileOf(key);
      await rm(file, { force: true });
      await rm(metaOf(file), { force: true });
    },

    async exists(key) {
      const file = fileOf(key);
      return stat(file).then(
        (info) => info.isFile(),
        (error: NodeJS.ErrnoException) => {
          if (error.code === "ENOENT") return false;
          throw error;
        },
      );
    },
  };
}

async function writeBody(target: string, body: FileBody) {
  if (Buffer.isBuffer(body)) await writeFile(target, body, { flag: "wx" });
  else await pipeline(body, createWriteStream(target, { flags: "wx" }));
}

async function readContentType(metaFile: string): Promise<string> {
  try {
    const meta: unknown = JSON.parse(await readFile(metaFile, "utf8"));
    const type = (meta as { contentType?: unknown } | null)?.contentType;
    return typeof type === "string" ? type : FALLBACK_TYPE;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return FALLBACK_TYPE;
    throw error;
  }
}
