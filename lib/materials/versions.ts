import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { Diff } from "diff";
import { z } from "zod";
import { getDb } from "@/db/client";
import { materialVersions } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { readableMaterial, seesVersions } from "./access";

// Two submitted versions of a material side by side [002 §6.1]: word-level changes of the title,
// abstract and body, and what changed in the metadata. Shown to those the material page shows
// its versions to (seesVersions); anyone else, and any version number that is not there, gets 404.

export type TextPart = { change: "same" | "added" | "removed"; text: string };
export type TextDiff = { changed: boolean; parts: TextPart[] };
/** Items by key (codes, file ids), shown by label (codes, file names). */
export type ListDiff = { changed: boolean; kept: string[]; added: string[]; removed: string[] };
export type ValueDiff = { changed: boolean; before: string | null; after: string | null };

export type VersionSummary = { number: number; createdAt: Date; note: string };

export type VersionComparison = {
  materialId: string;
  title: string;
  versions: VersionSummary[];
  from: VersionSummary;
  to: VersionSummary;
  text: Record<"title" | "abstract" | "body", TextDiff>;
  metadata: {
    kind: ValueDiff;
    licence: ValueDiff;
    subjects: ListDiff;
    levels: ListDiff;
    themes: ListDiff;
    tags: ListDiff;
    /** Null for an expert reviewing blind: the authors stay hidden here too. */
    authors: ListDiff | null;
    files: ListDiff;
  };
};

const versionNumber = z
  .string()
  .regex(/^[1-9]\d{0,8}$/)
  .transform(Number)
  .optional();

/**
 * jsdiff's own diffWords treats Cyrillic letters as punctuation, and with an Intl.Segmenter V8
 * copies the whole text per segment (a 200 KB body exhausts the heap). So: the library's Myers
 * diff over our tokens: a word (hyphenated ones whole) or one other mark, with the spaces after
 * it; a line break; spaces at a line's start. Trailing spaces do not make a word differ.
 */
class WordDiff extends Diff<string, string> {
  tokenize(value: string): string[] {
    return value.match(/\r?\n|[^\S\r\n]+|(?:[\p{L}\p{N}\p{M}_]+(?:['’-][\p{L}\p{N}\p{M}_]+)*|\S)[^\S\r\n]*/gu) ?? [];
  }
  equals(left: string, right: string): boolean {
    return left.trimEnd() === right.trimEnd();
  }
  join(tokens: string[]): string {
    return tokens.join("");
  }
}
const wordDiff = new WordDiff();

/** Word-level changes; a pair too different to diff within a second shows as one removal and one addition. */
export function textDiff(before: string, after: string): TextDiff {
  if (before === after) return { changed: false, parts: before ? [{ change: "same", text: before }] : [] };
  const changes = wordDiff.diff(before, after, { timeout: 1_000 });
  const parts: TextPart[] = changes
    ? changes.map((c) => ({ change: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }))
    : [
        { change: "removed", text: before },
        { change: "added", text: after },
      ];
  return { changed: true, parts: parts.filter((p) => p.text !== "") };
}

type Item = { key: string; label: string };

export function listDiff(before: Item[], after: Item[]): ListDiff {
  const had = new Set(before.map((i) => i.key));
  const has = new Set(after.map((i) => i.key));
  const added = after.filter((i) => !had.has(i.key)).map((i) => i.label);
  const removed = before.filter((i) => !has.has(i.key)).map((i) => i.label);
  return { changed: added.length + removed.length > 0, kept: after.filter((i) => had.has(i.key)).map((i) => i.label), added, removed };
}

function valueDiff(before: unknown, after: unknown): ValueDiff {
  const b = typeof before === "string" ? before : null;
  const a = typeof after === "string" ? after : null;
  return { changed: a !== b, before: b, after: a };
}

/** A metadata list as stored (strings, or files as { id, name }); anything malformed reads as empty. */
function items(value: unknown): Item[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v): Item[] => {
    if (typeof v === "string") return [{ key: v, label: v }];
    if (v && typeof v === "object" && typeof (v as { name?: unknown }).name === "string") {
      const { id, name } = v as { id?: unknown; name: string };
      return [{ key: typeof id === "string" ? id : name, label: name }];
    }
    return [];
  });
}

/**
 * Compares version `from` with version `to` (`from` older); without numbers, the one before the
 * current version with the current one. Numbers come straight from the URL.
 */
export async function compareVersions({ viewer, id, from, to }: { viewer: Actor | null; id: string; from?: unknown; to?: unknown }): Promise<VersionComparison> {
  const fromParsed = versionNumber.safeParse(from);
  const toParsed = versionNumber.safeParse(to);
  if (!fromParsed.success || !toParsed.success) throw new DomainError("notFound");
  const db = await getDb();
  const access = await readableMaterial(viewer, id, db);
  if (!seesVersions(access)) throw new DomainError("notFound");
  const versions = await db
    .select({ number: materialVersions.number, createdAt: materialVersions.createdAt, note: materialVersions.note })
    .from(materialVersions)
    .where(eq(materialVersions.materialId, id))
    .orderBy(desc(materialVersions.number));
  const toNumber = toParsed.data ?? versions[0]?.number;
  const fromNumber = fromParsed.data ?? versions.find((v) => toNumber !== undefined && v.number < toNumber)?.number;
  if (fromNumber === undefined || toNumber === undefined || fromNumber >= toNumber) throw new DomainError("notFound");
  const rows = await db
    .select()
    .from(materialVersions)
    .where(and(eq(materialVersions.materialId, id), inArray(materialVersions.number, [fromNumber, toNumber])));
  const older = rows.find((r) => r.number === fromNumber);
  const newer = rows.find((r) => r.number === toNumber);
  if (!older || !newer) throw new DomainError("notFound");
  const summary = (r: typeof older): VersionSummary => ({ number: r.number, createdAt: r.createdAt, note: r.note });
  const before = older.metadata;
  const after = newer.metadata;
  const lists = (key: string) => listDiff(items(before[key]), items(after[key]));
  return {
    materialId: id,
    title: access.material.title,
    versions,
    from: summary(older),
    to: summary(newer),
    text: { title: textDiff(older.title, newer.title), abstract: textDiff(older.abstract, newer.abstract), body: textDiff(older.body, newer.body) },
    metadata: {
      kind: valueDiff(before.kind, after.kind),
      licence: valueDiff(before.licence, after.licence),
      subjects: lists("subjects"),
      levels: lists("levels"),
      themes: lists("themes"),
      tags: lists("tags"),
      authors: access.hidesAuthors ? null : lists("authors"),
      files: lists("files"),
    },
  };
}
