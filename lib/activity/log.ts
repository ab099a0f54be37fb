import "server-only";
import type { Executor } from "@/db/client";
import { activityLog, auditLog, type ActivityEntry, type AuditEntry } from "@/db/schema";
import { noteChange } from "@/lib/cache/changes";

/** The one way every domain records what happened: a single insert, inside the caller's transaction. */
export async function logActivity(db: Executor, entry: Omit<ActivityEntry, "id" | "occurredAt">): Promise<void> {
  noteChange();
  await db.insert(activityLog).values(entry);
}

/** A view (a page, later a material) goes to the same log but changes nothing: read caches stay. */
export async function logView(db: Executor, entry: Omit<ActivityEntry, "id" | "occurredAt">): Promise<void> {
  await db.insert(activityLog).values(entry);
}

/** Security events (sign-ins, role changes, blocks, erasures): append-only, with the address. */
export async function logAudit(db: Executor, entry: Omit<AuditEntry, "id" | "occurredAt">): Promise<void> {
  noteChange();
  await db.insert(auditLog).values(entry);
}
