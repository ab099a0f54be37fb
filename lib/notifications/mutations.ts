import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { notifications } from "@/db/schema";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { DomainError, ok, type Result } from "@/lib/errors";

// Marking read touches only the viewer's own rows: someone else's id is simply notFound.

const idSchema = z.uuid();

/** An app path inside this site (never //host or a scheme), else the notifications page. */
export function safeLink(link: string): string {
  return /^\/(?![/\\])[^\s]*$/.test(link) ? link : "/notifications";
}

/** Marks one notification read and returns where it leads. */
export async function markRead({ viewer, id }: { viewer: Actor | null; id: string }): Promise<Result<{ link: string }>> {
  assertSignedIn(viewer);
  if (!idSchema.safeParse(id).success) throw new DomainError("notFound");
  const db = await getDb();
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, viewer.id)))
    .returning({ link: notifications.link });
  if (!row) throw new DomainError("notFound");
  return ok({ link: safeLink(row.link) });
}

/** Marks every unread notification of the viewer read; returns how many. */
export async function markAllRead({ viewer }: { viewer: Actor | null }): Promise<Result<{ count: number }>> {
  assertSignedIn(viewer);
  const db = await getDb();
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return ok({ count: rows.length });
}
