import "server-only";
import { count, desc, eq, ilike, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { outbox } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";

export type OutboxStatus = "delivered" | "failed" | "queued";

export type OutboxListItem = { id: string; recipient: string; subject: string; createdAt: Date; status: OutboxStatus };

export type OutboxMail = OutboxListItem & { body: string; deliveredAt: Date | null; error: string | null };

export type OutboxPage = { items: OutboxListItem[]; page: number; pageCount: number; total: number; pageSize: number };

export const outboxPageSize = 20;

function statusOf(row: { deliveredAt: Date | null; error: string | null }): OutboxStatus {
  if (row.deliveredAt) return "delivered";
  return row.error ? "failed" : "queued";
}

/** The development outbox, newest first, optionally narrowed to recipients containing `recipient`. */
export async function listOutbox({
  actor,
  page = 1,
  pageSize = outboxPageSize,
  recipient = "",
}: {
  actor: Actor | null;
  page?: number;
  pageSize?: number;
  recipient?: string;
}): Promise<OutboxPage> {
  assertCan(actor, "outbox.read");
  const size = Math.min(Math.max(Math.trunc(pageSize) || outboxPageSize, 1), 100);
  const q = recipient.trim().toLowerCase().slice(0, 254);
  const where: SQL | undefined = q ? ilike(outbox.recipient, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined;

  const db = await getDb();
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(outbox).where(where);
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(Number.isFinite(page) ? Math.trunc(page) : 1, 1), pageCount);
  const rows = await db
    .select({ id: outbox.id, recipient: outbox.recipient, subject: outbox.subject, createdAt: outbox.createdAt, deliveredAt: outbox.deliveredAt, error: outbox.error })
    .from(outbox)
    .where(where)
    // Mails queued in one transaction share a timestamp; the id keeps the order stable across pages.
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(size)
    .offset((current - 1) * size);
  return {
    items: rows.map(({ deliveredAt, error, ...row }) => ({ ...row, status: statusOf({ deliveredAt, error }) })),
    page: current,
    pageCount,
    total,
    pageSize: size,
  };
}

const mailId = z.string().uuid();

/** One mail with its body; an unknown or malformed id is notFound. */
export async function getOutboxMail({ actor, id }: { actor: Actor | null; id: string }): Promise<OutboxMail> {
  assertCan(actor, "outbox.read");
  if (!mailId.safeParse(id).success) throw new DomainError("notFound");
  const db = await getDb();
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  if (!row) throw new DomainError("notFound");
  return {
    id: row.id,
    recipient: row.recipient,
    subject: row.subject,
    body: row.body,
    createdAt: row.createdAt,
    deliveredAt: row.deliveredAt,
    error: row.error,
    status: statusOf(row),
  };
}
