import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

// One row per action or page view; the dashboard and the annual report are computed from it,
// so every index leads with the period column's partner (community, verb) and ends with time.
export const activityLog = pgTable(
  "activity_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid(),
    visitorId: uuid(),
    verb: text().notNull(),
    objectType: text().notNull(),
    objectId: text(),
    communityId: uuid(),
  },
  (t) => [
    index("activity_log_occurred_idx").on(t.occurredAt),
    index("activity_log_verb_idx").on(t.verb, t.occurredAt),
    index("activity_log_community_idx").on(t.communityId, t.occurredAt),
    index("activity_log_actor_idx").on(t.actorId, t.occurredAt),
  ],
);

// Append-only security audit (SECURITY.md 18): a trigger in the migration refuses UPDATE and DELETE.
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid(),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text(),
    ipAddress: text(),
    details: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_log_target_idx").on(t.targetType, t.targetId, t.occurredAt), index("audit_log_occurred_idx").on(t.occurredAt)],
);

export type ActivityEntry = typeof activityLog.$inferInsert;
export type AuditEntry = typeof auditLog.$inferInsert;
