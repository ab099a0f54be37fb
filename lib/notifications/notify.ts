import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { notifications } from "@/db/schema";

export type NotificationInput = {
  /** A key under `notifications.kinds` in the message files, e.g. "membership.approved". */
  kind: string;
  /** Values for the message, e.g. the community's name. */
  params: Record<string, string>;
  /** An app path without the locale. */
  link: string;
  communityId?: string | null;
};

/** Puts one notification in each recipient's bell, inside the caller's transaction (one insert). */
export async function notify(db: Executor, userIds: readonly string[], input: NotificationInput): Promise<void> {
  const recipients = [...new Set(userIds)];
  if (recipients.length === 0) return;
  await db.insert(notifications).values(recipients.map((userId) => ({ userId, kind: input.kind, params: input.params, link: input.link, communityId: input.communityId ?? null })));
}

/**
 * Puts one notification in the bell of every user the SQL subquery `userIds` returns, in ONE
 * INSERT…SELECT whatever their number (thousands of members cost the same statement).
 */
export async function notifyAll(db: Executor, userIds: SQL, input: NotificationInput): Promise<void> {
  await db.execute(sql`
    insert into notifications (user_id, kind, params, link, community_id)
    select distinct r.id, ${input.kind}, ${JSON.stringify(input.params)}::jsonb, ${input.link}, ${input.communityId ?? null}::uuid
    from (${userIds}) as r(id)
  `);
}
