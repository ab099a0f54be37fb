import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { materialFiles, materialLinks } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import type { Actor } from "@/lib/auth/permissions";
import { checkUpload } from "@/lib/files/check-upload";
import { imagePreview } from "@/lib/files/previews";
import { fileStorage, newFileKey, type StoredFile } from "@/lib/files/storage";
import { DomainError, fail, ok, type Result } from "@/lib/errors";
import { editRefusal, readableMaterial } from "./access";
import { videoEmbed } from "./video-links";

// A material's files and video links (SECURITY.md 11): checked by content, stored under generated
// keys outside public/, served only through readable materials.

export const maxFilesPerMaterial = 20;
const idSchema = z.uuid();

async function editable(actor: Actor | null, materialId: string) {
  if (!actor) throw new DomainError("unauthenticated");
  const db = await getDb();
  const access = await readableMaterial(actor, materialId, db);
  return { db, access };
}

/** Checks and stores an uploaded file and attaches it to a draft (or a returned material) of the caller's. */
export async function attachFile({ actor, materialId, file }: { actor: Actor | null; materialId: string; file: { name: string; bytes: Buffer; type?: string } }): Promise<Result<{ id: string }>> {
  const { db, access } = await editable(actor, materialId);
  if (!access.canEdit) return fail(editRefusal(access));
  const checked = await checkUpload({ name: file.name, bytes: file.bytes, declaredType: file.type });
  if (!checked.ok) return fail(checked.code);
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(materialFiles).where(and(eq(materialFiles.materialId, materialId), isNull(materialFiles.removedAt)));
  if (n >= maxFilesPerMaterial) return fail("tooManyFiles");
  const storage = fileStorage();
  const key = newFileKey();
  const previewKey = checked.kind === "image" ? newFileKey() : null;
  await storage.put(key, file.bytes, { contentType: checked.contentType });
  try {
    if (previewKey) await storage.put(previewKey, await imagePreview(file.bytes), { contentType: "image/webp" });
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(materialFiles)
        .values({ materialId, storageKey: key, previewKey, name: cleanName(file.name, checked.ext), contentType: checked.contentType, kind: checked.kind, size: file.bytes.length, uploadedById: actor!.id })
        .returning({ id: materialFiles.id });
      await logActivity(tx, { actorId: actor!.id, verb: "material.file_added", objectType: "material", objectId: materialId, communityId: access.material.communityId });
      return ok({ id: row!.id });
    });
  } catch (error) {
    // Nothing half-written: stored bytes without a row are deleted again.
    await Promise.all([storage.delete(key), previewKey ? storage.delete(previewKey) : null]);
    throw error;
  }
}

/** A file name safe to show and to send in Content-Disposition: no paths or control characters, the checked extension. */
export function cleanName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f"]/g, "").replace(/\.[^.]*$/, "").trim().slice(0, 150);
  return `${base || "file"}.${ext}`;
}

/** Detaches a file from the caller's draft; the bytes stay while an earlier version lists it. */
export async function removeFile({ actor, fileId }: { actor: Actor | null; fileId: string }): Promise<Result> {
  if (!idSchema.safeParse(fileId).success) throw new DomainError("notFound");
  const db = await getDb();
  const [file] = await db.select().from(materialFiles).where(and(eq(materialFiles.id, fileId), isNull(materialFiles.removedAt)));
  if (!file) throw new DomainError("notFound");
  const { access } = await editable(actor, file.materialId);
  if (!access.canEdit) return fail(editRefusal(access));
  await db.transaction(async (tx) => {
    await tx.update(materialFiles).set({ removedAt: new Date() }).where(eq(materialFiles.id, fileId));
    await logActivity(tx, { actorId: actor!.id, verb: "material.file_removed", objectType: "material", objectId: file.materialId, communityId: access.material.communityId });
  });
  return ok();
}

export type FileDownload = StoredFile & { name: string; materialId: string; communityId: string | null };

/** A file of a material the viewer may read (its preview when asked); anything else is not found. */
export async function openFile({ viewer, fileId, preview = false }: { viewer: Actor | null; fileId: string; preview?: boolean }): Promise<FileDownload> {
  if (!idSchema.safeParse(fileId).success) throw new DomainError("notFound");
  const db = await getDb();
  const [file] = await db.select().from(materialFiles).where(eq(materialFiles.id, fileId));
  if (!file) throw new DomainError("notFound");
  const access = await readableMaterial(viewer, file.materialId, db);
  if (file.removedAt && !access.isAuthor && !access.isReviewer) throw new DomainError("notFound");
  const key = preview ? file.previewKey : file.storageKey;
  const stored = key ? await fileStorage().get(key) : null;
  if (!stored) throw new DomainError("notFound");
  return { ...stored, contentType: preview ? "image/webp" : file.contentType, name: file.name, materialId: file.materialId, communityId: access.material.communityId };
}

const linkSchema = z.object({ url: z.string("invalid").trim().min(1, "required").max(500, "tooLong"), title: z.string("invalid").trim().max(200, "tooLong") });

/** Adds an external video (VK Video, Rutube, YouTube only) to the caller's draft. */
export async function addVideoLink({ actor, materialId, input }: { actor: Actor | null; materialId: string; input: unknown }): Promise<Result<{ id: string }>> {
  const { db, access } = await editable(actor, materialId);
  if (!access.canEdit) return fail(editRefusal(access));
  const parsed = linkSchema.safeParse(input);
  if (!parsed.success) return fail("invalid", { url: parsed.error.issues[0]?.message ?? "invalid" });
  const embed = videoEmbed(parsed.data.url);
  if (!embed) return fail("invalid", { url: "videoHostNotAllowed" });
  return db.transaction(async (tx) => {
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(materialLinks).where(eq(materialLinks.materialId, materialId));
    if (n >= 10) return fail("tooManyLinks");
    const [row] = await tx.insert(materialLinks).values({ materialId, url: parsed.data.url, host: embed.host, title: parsed.data.title, position: n }).returning({ id: materialLinks.id });
    await logActivity(tx, { actorId: actor!.id, verb: "material.link_added", objectType: "material", objectId: materialId, communityId: access.material.communityId });
    return ok({ id: row!.id });
  });
}
