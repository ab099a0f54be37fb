import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { contestEntries, contestJurors, contestScores, materials, users } from "@/db/schema";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { publishedVisibleTo } from "@/lib/materials/visibility";
import { activeEntryOf, contestAccess, entryRefusal, type ContestAccess } from "./access";

// What the contest's pages show: the event page's section (own entry, results), the jury's page
// (entries and the juror's own scores) and the organizers' page (jury, score table, places).
// Scores stay with the jury and the organizers; places go public only with the results.

type Caller = { viewer: Actor | null; eventId: string };

export type EntryView = {
  id: string;
  title: string;
  description: string;
  /** The linked material, when the viewer may read it. */
  material: { id: string; title: string } | null;
  url: string | null;
  authorName: string;
  place: number | null;
};

/** Active entries of the contest with what the viewer may see of their linked materials. */
async function entriesOf(db: Executor, eventId: string, viewerId: string | null, ownerId?: string): Promise<EntryView[]> {
  const rows = await db
    .select({
      id: contestEntries.id,
      title: contestEntries.title,
      description: contestEntries.description,
      materialId: materials.id,
      materialTitle: materials.title,
      url: contestEntries.url,
      authorName: users.fullName,
      place: contestEntries.place,
    })
    .from(contestEntries)
    .innerJoin(users, eq(users.id, contestEntries.userId))
    .leftJoin(materials, and(eq(materials.id, contestEntries.materialId), publishedVisibleTo(viewerId)))
    .where(and(eq(contestEntries.eventId, eventId), isNull(contestEntries.withdrawnAt), ownerId ? eq(contestEntries.userId, ownerId) : undefined))
    .orderBy(sql`${contestEntries.place} asc nulls last`, asc(contestEntries.submittedAt), asc(contestEntries.id));
  return rows.map(({ materialId, materialTitle, ...row }) => ({ ...row, material: materialId && materialTitle ? { id: materialId, title: materialTitle } : null }));
}

export type ContestSection = {
  entriesUntil: Date;
  resultsPublishedAt: Date | null;
  entryCount: number;
  isJuror: boolean;
  canManage: boolean;
  /** The viewer's own entry (its place only once results are public); null: none. */
  ownEntry: (EntryView & { materialRef: string }) | null;
  /** Why the viewer cannot send an entry now ("signIn" for guests); null: they can. */
  refusal: string | null;
  /** Once published: every entry's title and place, winners first. */
  results: { title: string; authorName: string; place: number | null }[];
};

/** The event page's contest section for one viewer. */
export async function getContestSection({ viewer, eventId }: Caller): Promise<ContestSection> {
  const db = await getDb();
  const access = await contestAccess(viewer, eventId, db);
  const { event } = access;
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(contestEntries)
    .where(and(eq(contestEntries.eventId, event.id), isNull(contestEntries.withdrawnAt)));
  const ownRow = viewer ? await activeEntryOf(db, event.id, viewer.id) : null;
  const own = viewer && ownRow ? (await entriesOf(db, event.id, viewer.id, viewer.id))[0] : undefined;
  const published = Boolean(access.resultsPublishedAt);
  const results = published ? (await entriesOf(db, event.id, viewer?.id ?? null)).map(({ title, authorName, place }) => ({ title, authorName: place ? authorName : "", place })) : [];
  return {
    entriesUntil: access.entriesUntil,
    resultsPublishedAt: access.resultsPublishedAt,
    entryCount: count?.n ?? 0,
    isJuror: access.isJuror,
    canManage: access.canManage,
    ownEntry: own ? { ...own, place: published ? own.place : null, materialRef: ownRow?.materialId ?? "" } : null,
    refusal: viewer ? entryRefusal(access) : "signIn",
    results,
  };
}

export type JuryEntry = EntryView & { myScore: number | null; myComment: string };

/** The jury page: every entry with the juror's own score; for jurors only. */
export async function getJuryPage({ viewer, eventId }: Caller): Promise<{ access: ContestAccess; entries: JuryEntry[] }> {
  assertSignedIn(viewer);
  const db = await getDb();
  const access = await contestAccess(viewer, eventId, db);
  if (!access.isJuror) throw new DomainError("forbidden");
  const [entries, mine] = await Promise.all([
    entriesOf(db, access.event.id, viewer.id),
    db
      .select({ entryId: contestScores.entryId, score: contestScores.score, comment: contestScores.comment })
      .from(contestScores)
      .innerJoin(contestEntries, eq(contestEntries.id, contestScores.entryId))
      .where(and(eq(contestEntries.eventId, access.event.id), eq(contestScores.jurorId, viewer.id))),
  ]);
  const scores = new Map(mine.map((s) => [s.entryId, s]));
  // Places are the organizers' until published.
  const published = Boolean(access.resultsPublishedAt);
  return {
    access,
    entries: entries.map((e) => ({ ...e, place: published ? e.place : null, myScore: scores.get(e.id)?.score ?? null, myComment: scores.get(e.id)?.comment ?? "" })),
  };
}

export type ScoreRow = EntryView & { mean: number | null; scoredBy: number };
export type JurorRow = { userId: string; fullName: string; scored: number };

/** The organizers' page: the jury, and the table of entries with mean scores and places. */
export async function getContestManagement({ viewer, eventId }: Caller): Promise<{ access: ContestAccess; jurors: JurorRow[]; table: ScoreRow[] }> {
  assertSignedIn(viewer);
  const db = await getDb();
  const access = await contestAccess(viewer, eventId, db);
  if (!access.canManage) throw new DomainError("forbidden");
  const { id } = access.event;
  const [entries, tallies, jurors] = await Promise.all([
    entriesOf(db, id, viewer.id),
    db
      .select({ entryId: contestScores.entryId, mean: sql<string>`avg(${contestScores.score})`, n: sql<number>`count(*)::int` })
      .from(contestScores)
      .innerJoin(contestJurors, and(eq(contestJurors.userId, contestScores.jurorId), eq(contestJurors.eventId, id)))
      .innerJoin(contestEntries, eq(contestEntries.id, contestScores.entryId))
      .where(eq(contestEntries.eventId, id))
      .groupBy(contestScores.entryId),
    db
      .select({
        userId: contestJurors.userId,
        fullName: users.fullName,
        scored: sql<number>`(select count(*)::int from contest_scores s join contest_entries e on e.id = s.entry_id where s.juror_id = ${contestJurors.userId} and e.event_id = ${id}::uuid and e.withdrawn_at is null)`,
      })
      .from(contestJurors)
      .innerJoin(users, eq(users.id, contestJurors.userId))
      .where(eq(contestJurors.eventId, id))
      .orderBy(asc(users.fullName)),
  ]);
  const byEntry = new Map(tallies.map((t) => [t.entryId, t]));
  const table = entries
    .map((e) => {
      const t = byEntry.get(e.id);
      return { ...e, mean: t ? Math.round(Number(t.mean) * 100) / 100 : null, scoredBy: t?.n ?? 0 };
    })
    .sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1));
  return { access, jurors, table };
}
