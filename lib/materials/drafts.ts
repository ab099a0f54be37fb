import "server-only";
import { and, count, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { materialAuthors, materialFiles, materialLinks, materials, materialVersions, users } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { communityAccess, findCommunity, serviceOn } from "@/lib/communities/access";
import { fail, fromZod, ok, type Result } from "@/lib/errors";
import { editRefusal, readableMaterial } from "./access";
import { materialSchema, submitSchema, type MaterialFields } from "./schemas";
import { searchColumns } from "./search-document";

// An author's side of the workflow [002 §6.1]: write a draft, change it while it is a draft or
// returned for revision, submit it for expert review; each submission is kept as a version.

type Caller = { actor: Actor | null };

function parse(input: unknown): Result<MaterialFields> {
  const parsed = materialSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fromZod(parsed.error);
}

/** The community a material goes to: its materials service on, not archived, the author a member. */
async function checkCommunity(db: Executor, actor: Actor, communityId: string | null): Promise<Result> {
  if (!communityId) return ok();
  const community = await findCommunity({ id: communityId }, db).catch(() => null);
  if (!community) return fail("invalid", { communityId: "invalid" });
  const access = await communityAccess(actor, community, db);
  if (access.archived) return fail("invalid", { communityId: "communityArchived" });
  if (!serviceOn(community, "materials")) return fail("invalid", { communityId: "materialsOff" });
  if (!access.isMember && !access.canManage) return fail("invalid", { communityId: "notMember" });
  return ok();
}

/** Authors in order, the owner first: names of registered co-authors come from their accounts. */
async function authorRows(db: Executor, owner: Actor, fields: MaterialFields): Promise<Result<{ userId: string | null; name: string }[]>> {
  const listed = [...fields.coAuthorIds.map((userId) => ({ userId })), ...fields.coAuthors];
  const ids = listed.flatMap((a) => ("userId" in a ? [a.userId] : []));
  const found = await db
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .where(and(inArray(users.id, [owner.id, ...ids]), eq(users.status, "active")));
  const names = new Map(found.map((u) => [u.id, u.fullName]));
  // The error lands on the field that named the person: the picker's ids, or the list of authors.
  if (fields.coAuthorIds.some((id) => !names.has(id))) return fail("invalid", { coAuthorIds: "authorUnknown" });
  if (ids.some((id) => !names.has(id))) return fail("invalid", { coAuthors: "authorUnknown" });
  const rows = [{ userId: owner.id as string | null, name: names.get(owner.id) ?? "" }];
  for (const a of listed) {
    const row = "userId" in a ? { userId: a.userId, name: names.get(a.userId)! } : { userId: null, name: a.name };
    if (row.userId && rows.some((r) => r.userId === row.userId)) continue;
    rows.push(row);
  }
  return ok(rows);
}

async function writeAuthors(db: Executor, materialId: string, rows: { userId: string | null; name: string }[]) {
  await db.delete(materialAuthors).where(eq(materialAuthors.materialId, materialId));
  await db.insert(materialAuthors).values(rows.map((r, position) => ({ materialId, position, userId: r.userId, name: r.name })));
}

function columns(fields: MaterialFields, authorNames: string[]) {
  const { kind, title, abstract, body, subjects, levels, themes, tags, licence, communityId, blindReview } = fields;
  return { kind, title, abstract, body, subjects, levels, themes, tags, licence, communityId, blindReview, ...searchColumns({ title: fields.title, abstract: fields.abstract, body: fields.body, tags: fields.tags, authors: authorNames }) };
}

/** A new draft owned by the caller. */
export async function createDraft({ actor, input }: Caller & { input: unknown }): Promise<Result<{ id: string }>> {
  assertSignedIn(actor);
  const owner = actor;
  const parsed = parse(input);
  if (!parsed.ok) return parsed;
  const fields = parsed.data;
  const db = await getDb();
  const community = await checkCommunity(db, owner, fields.communityId);
  if (!community.ok) return community;
  return db.transaction(async (tx) => {
    const authors = await authorRows(tx, owner, fields);
    if (!authors.ok) return authors;
    const [created] = await tx
      .insert(materials)
      .values({ ...columns(fields, authors.data.map((a) => a.name)), ownerId: owner.id, status: "draft", version: 0 })
      .returning({ id: materials.id });
    await writeAuthors(tx, created!.id, authors.data);
    await logActivity(tx, { actorId: owner.id, verb: "material.created", objectType: "material", objectId: created!.id, communityId: fields.communityId });
    return ok({ id: created!.id });
  });
}

/** Changes a draft, or a material returned for revision, of the caller's. */
export async function updateDraft({ actor, id, input }: Caller & { id: string; input: unknown }): Promise<Result> {
  assertSignedIn(actor);
  const owner = actor;
  const db = await getDb();
  const access = await readableMaterial(owner, id, db);
  if (!access.canEdit) return fail(editRefusal(access));
  const parsed = parse(input);
  if (!parsed.ok) return parsed;
  const fields = parsed.data;
  if (fields.communityId !== access.material.communityId) {
    const community = await checkCommunity(db, owner, fields.communityId);
    if (!community.ok) return community;
  }
  return db.transaction(async (tx) => {
    const authors = await authorRows(tx, owner, fields);
    if (!authors.ok) return authors;
    // The status in the WHERE: a submission that won the race leaves this edit unwritten.
    const updated = await tx
      .update(materials)
      .set({ ...columns(fields, authors.data.map((a) => a.name)), updatedAt: new Date() })
      .where(and(eq(materials.id, id), inArray(materials.status, ["draft", "returned"])))
      .returning({ id: materials.id });
    if (updated.length === 0) return fail("notEditable");
    await writeAuthors(tx, id, authors.data);
    await logActivity(tx, { actorId: owner.id, verb: "material.updated", objectType: "material", objectId: id, communityId: fields.communityId });
    return ok();
  });
}

/** Sends a draft or a revised material to expert review, keeping this version as it is. */
export async function submitMaterial({ actor, id, input }: Caller & { id: string; input: unknown }): Promise<Result<{ version: number }>> {
  assertSignedIn(actor);
  const owner = actor;
  const db = await getDb();
  const access = await readableMaterial(owner, id, db);
  if (!access.canEdit) return fail(editRefusal(access, "alreadySubmitted"));
  const parsed = submitSchema.safeParse(input ?? { note: "" });
  if (!parsed.success) return fromZod(parsed.error);
  const material = access.material;
  return db.transaction(async (tx) => {
    const [files, links, authors] = await Promise.all([
      tx.select({ id: materialFiles.id, name: materialFiles.name }).from(materialFiles).where(and(eq(materialFiles.materialId, id), isNull(materialFiles.removedAt))),
      tx.select({ n: count() }).from(materialLinks).where(eq(materialLinks.materialId, id)),
      tx.select({ userId: materialAuthors.userId, name: materialAuthors.name }).from(materialAuthors).where(eq(materialAuthors.materialId, id)).orderBy(materialAuthors.position),
    ]);
    if (!material.body.trim() && files.length === 0 && (links[0]?.n ?? 0) === 0) return fail("contentRequired");
    const version = material.version + 1;
    const submitted = await tx
      .update(materials)
      .set({ status: "submitted", version, submittedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(materials.id, id), eq(materials.status, material.status)))
      .returning({ id: materials.id });
    if (submitted.length === 0) return fail("alreadySubmitted");
    await tx.insert(materialVersions).values({
      materialId: id,
      number: version,
      title: material.title,
      abstract: material.abstract,
      body: material.body,
      note: parsed.data.note,
      createdById: owner.id,
      metadata: {
        kind: material.kind,
        subjects: material.subjects,
        levels: material.levels,
        themes: material.themes,
        tags: material.tags,
        licence: material.licence,
        authors: authors.map((a) => a.name),
        files: files.map((f) => ({ id: f.id, name: f.name })),
      },
    });
    await logActivity(tx, { actorId: owner.id, verb: "material.submitted", objectType: "material", objectId: id, communityId: material.communityId });
    return ok({ version });
  });
}
