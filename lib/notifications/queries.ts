import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { notifications } from "@/db/schema";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";

// A user only ever reads their own notifications: every query filters by the viewer's id.

export const notificationsPageSize = 20;

export type NotificationItem = {
  id: string;
  kind: string;
  params: Record<string, string>;
  link: string;
  read: boolean;
  createdAt: Date;
};

export type NotificationsPage = { items: NotificationItem[]; page: number; hasNext: boolean };

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

export async function listNotifications({ viewer, page }: { viewer: Actor | null; page?: unknown }): Promise<NotificationsPage> {
  assertSignedIn(viewer);
  const current = pageSchema.parse(page ?? 1);
  const db = await getDb();
  const rows = await db
    .select({ id: notifications.id, kind: notifications.kind, params: notifications.params, link: notifications.link, readAt: notifications.readAt, createdAt: notifications.createdAt })
    .from(notifications)
    .where(eq(notifications.userId, viewer.id))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(notificationsPageSize + 1)
    .offset((current - 1) * notificationsPageSize);
  const items = rows.slice(0, notificationsPageSize).map(({ readAt, ...rest }) => ({ ...rest, read: readAt !== null }));
  return { items, page: current, hasNext: rows.length > notificationsPageSize };
}

/** The number on the bell; a guest has none. */
export async function unreadCount({ viewer }: { viewer: Actor | null }): Promise<number> {
  if (!viewer) return 0;
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
