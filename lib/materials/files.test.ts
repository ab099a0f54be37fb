import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { materialFiles, materials } from "@/db/schema";
import { outcome } from "@/test/community-roles";
import { createUser, tableCounts, type TestUser } from "@/test/factories";
import { createDraft, submitMaterial } from "./drafts";
import { addVideoLink, attachFile, cleanName, openFile, removeFile } from "./files";
import { videoEmbed } from "./video-links";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

beforeAll(() => {
  process.env.FILES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "metodset-files-"));
});

async function draftOf(author: TestUser): Promise<string> {
  const result = await createDraft({
    actor: author.actor,
    input: { kind: "article", title: "Статья о проектах", abstract: "Как организовать проектную работу в 7 классе.", body: "", subjects: ["physics"], levels: ["grade_7"], themes: [], tags: [], licence: "network_only", communityId: null, coAuthors: [], blindReview: false },
  });
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

async function text(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe("material files", () => {
  test("a checked file is stored under a generated key and served only while the material is readable", async () => {
    const [author, other] = await Promise.all([createUser(), createUser()]);
    const id = await draftOf(author);
    const attached = await attachFile({ actor: author.actor, materialId: id, file: { name: "../../Конспект урока.pdf", bytes: pdf } });
    if (!attached.ok) throw new Error(attached.error);
    const [row] = await (await getDb()).select().from(materialFiles).where(eq(materialFiles.id, attached.data.id));
    expect(row).toMatchObject({ name: "Конспект урока.pdf", contentType: "application/pdf", kind: "document", size: pdf.length });
    expect(row!.storageKey).not.toContain("Конспект");
    const mine = await openFile({ viewer: author.actor, fileId: attached.data.id });
    expect(await text(mine.body)).toEqual(pdf);
    // A draft is the author's alone; once submitted, an empty body is fine because a file is attached.
    expect(await outcome(async () => (await openFile({ viewer: other.actor, fileId: attached.data.id }), { ok: true }))).toBe("notFound");
    expect(await outcome(async () => (await openFile({ viewer: null, fileId: "../etc/passwd" }), { ok: true }))).toBe("notFound");
    expect((await submitMaterial({ actor: author.actor, id, input: { note: "" } })).ok).toBe(true);
  });

  test("a forged type is refused and nothing is written; others may not attach", async () => {
    const [author, other] = await Promise.all([createUser(), createUser()]);
    const id = await draftOf(author);
    const before = await tableCounts();
    expect(await attachFile({ actor: author.actor, materialId: id, file: { name: "урок.pdf", bytes: Buffer.from("<html><script>alert(1)</script></html>") } })).toEqual({ ok: false, error: "typeNotAllowed" });
    expect(await attachFile({ actor: author.actor, materialId: id, file: { name: "урок.docx", bytes: pdf } })).toEqual({ ok: false, error: "typeMismatch" });
    expect(await outcome(() => attachFile({ actor: other.actor, materialId: id, file: { name: "a.pdf", bytes: pdf } }))).toBe("notFound");
    expect(await outcome(() => attachFile({ actor: null, materialId: id, file: { name: "a.pdf", bytes: pdf } }))).toBe("unauthenticated");
    expect(await tableCounts()).toEqual(before);
  });

  test("an image gets a WebP preview; a removed file leaves the list", async () => {
    const author = await createUser();
    const id = await draftOf(author);
    const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#1d5fd1" } }).png().toBuffer();
    const attached = await attachFile({ actor: author.actor, materialId: id, file: { name: "схема.png", bytes: png } });
    if (!attached.ok) throw new Error(attached.error);
    const preview = await openFile({ viewer: author.actor, fileId: attached.data.id, preview: true });
    expect(preview.contentType).toBe("image/webp");
    expect((await sharp(await text(preview.body)).metadata()).width).toBe(800);
    expect(await removeFile({ actor: author.actor, fileId: attached.data.id })).toEqual({ ok: true, data: undefined });
    const [row] = await (await getDb()).select().from(materialFiles).where(eq(materialFiles.id, attached.data.id));
    expect(row!.removedAt).not.toBeNull();
    expect((await (await getDb()).select().from(materials).where(eq(materials.id, id)))[0]!.status).toBe("draft");
  });

  test("video links only from allowed hosts", async () => {
    const author = await createUser();
    const id = await draftOf(author);
    expect((await addVideoLink({ actor: author.actor, materialId: id, input: { url: "https://rutube.ru/video/0123456789abcdef0123456789abcdef/", title: "Урок" } })).ok).toBe(true);
    expect(await addVideoLink({ actor: author.actor, materialId: id, input: { url: "https://evil.example/video", title: "" } })).toMatchObject({ fieldErrors: { url: "videoHostNotAllowed" } });
    expect(await addVideoLink({ actor: author.actor, materialId: id, input: { url: "javascript:alert(1)", title: "" } })).toMatchObject({ fieldErrors: { url: "videoHostNotAllowed" } });
  });
});

describe("videoEmbed", () => {
  test.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    ["https://rutube.ru/video/0123456789abcdef0123456789abcdef/", "https://rutube.ru/play/embed/0123456789abcdef0123456789abcdef"],
    ["https://vk.com/video-12345_67890", "https://vkvideo.ru/video_ext.php?oid=-12345&id=67890"],
    ["https://vkvideo.ru/video-12345_67890", "https://vkvideo.ru/video_ext.php?oid=-12345&id=67890"],
  ])("%s → %s", (input, src) => {
    expect(videoEmbed(input)?.src).toBe(src);
  });

  test.each(["https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ", "https://www.youtube.com/watch?v=<script>", "data:text/html,hi", "https://rutube.ru/video/short/", "not a url"])("%s is refused", (input) => {
    expect(videoEmbed(input)).toBeNull();
  });
});

describe("cleanName", () => {
  test.each([
    ["../../a/b/Отчёт.PDF", "pdf", "Отчёт.pdf"],
    ['x"\u0007.docx', "docx", "x.docx"],
    ["", "png", "file.png"],
  ])("%s → %s", (name, ext, expected) => {
    expect(cleanName(name, ext)).toBe(expected);
  });
});
