import { relations } from "drizzle-orm";
import { index, pgEnum, pgTable, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { organizationKinds } from "@/lib/reference/organization-kinds";
import { users } from "./accounts";

export const organizationKind = pgEnum("organization_kind", organizationKinds);
export const organizationStatus = pgEnum("organization_status", ["pending", "approved", "merged"]);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    shortName: text().notNull().default(""),
    kind: organizationKind().notNull(),
    municipality: text().notNull(),
    status: organizationStatus().notNull().default("approved"),
    requestedById: uuid().references((): AnyPgColumn => users.id, { onDelete: "set null" }),
    mergedIntoId: uuid().references((): AnyPgColumn => organizations.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organizations_status_idx").on(t.status, t.name), index("organizations_municipality_idx").on(t.municipality)],
);

export const organizationsRelations = relations(organizations, ({ many }) => ({
  members: many(users),
}));

export type Organization = typeof organizations.$inferSelect;
export type OrganizationKind = (typeof organizationKind.enumValues)[number];
