import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import {
  communityKinds,
  communityRoles,
  communityTypes,
  communityVisibilities,
  joinPolicies,
  membershipStatuses,
  planItemStatuses,
} from "@/lib/reference/communities";
import { users } from "./accounts";
import { organizations } from "./organizations";

export const communityType = pgEnum("community_type", communityTypes);
export const communityKind = pgEnum("community_kind", communityKinds);
export const communityVisibility = pgEnum("community_visibility", communityVisibilities);
export const joinPolicy = pgEnum("join_policy", joinPolicies);
export const communityRole = pgEnum("community_role", communityRoles);
export const membershipStatus = pgEnum("membership_status", membershipStatuses);
export const planItemStatus = pgEnum("plan_item_status", planItemStatuses);

export const communities = pgTable(
  "communities",
  {
    id: uuid().primaryKey().defaultRandom(),
    // The address in URLs: /communities/<slug>; unique across the platform.
    slug: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    goal: text().notNull(),
    tasks: text().notNull().default(""),
    type: communityType().notNull(),
    kind: communityKind().notNull(),
    subjects: text().array().notNull().default(sql`'{}'::text[]`),
    themes: text().array().notNull().default(sql`'{}'::text[]`),
    municipality: text().notNull(),
    visibility: communityVisibility().notNull().default("public"),
    joinPolicy: joinPolicy().notNull().default("approval"),
    // Switched-on services; a service not listed is off, its pages hidden and its actions refused.
    services: text().array().notNull().default(sql`'{}'::text[]`),
    parentId: uuid().references((): AnyPgColumn => communities.id, { onDelete: "restrict" }),
    // Ancestor ids, root first: breadcrumbs and "is inside" checks in one row, no recursion.
    ancestorIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    creationOrderNumber: text().notNull(),
    creationOrderDate: date({ mode: "string" }).notNull(),
    leaderOrderNumber: text(),
    leaderOrderDate: date({ mode: "string" }),
    liquidatedAt: timestamp({ withTimezone: true }),
    liquidationOrderNumber: text(),
    liquidationOrderDate: date({ mode: "string" }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("communities_slug_key").on(t.slug),
    index("communities_parent_idx").on(t.parentId),
    index("communities_catalogue_idx").on(t.liquidatedAt, t.name),
    index("communities_ancestors_idx").using("gin", t.ancestorIds),
  ],
);

// A member is a person or a whole organization (acting through its representative).
export const communityMemberships = pgTable(
  "community_memberships",
  {
    id: uuid().primaryKey().defaultRandom(),
    communityId: uuid()
      .notNull()
      .references(() => communities.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    organizationId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    role: communityRole().notNull().default("member"),
    status: membershipStatus().notNull(),
    // The applicant's message with a request; the decider's reason with a rejection or removal.
    message: text().notNull().default(""),
    reason: text().notNull().default(""),
    // Who invited, or the representative who acted for an organization.
    actedById: uuid().references(() => users.id, { onDelete: "set null" }),
    decidedById: uuid().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    joinedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("community_memberships_user_key").on(t.communityId, t.userId),
    uniqueIndex("community_memberships_organization_key").on(t.communityId, t.organizationId),
    // One leader per community.
    uniqueIndex("community_memberships_leader_key").on(t.communityId).where(sql`${t.role} = 'leader' and ${t.status} = 'active'`),
    index("community_memberships_status_idx").on(t.communityId, t.status, t.role),
    // The community home's member preview: staff first (the role enum sorts member < moderator < leader), then by joining.
    index("community_memberships_preview_idx").on(t.communityId, t.status, t.role.desc().nullsFirst(), t.joinedAt, t.id),
    index("community_memberships_user_idx").on(t.userId, t.status),
    index("community_memberships_organization_idx").on(t.organizationId, t.status),
    check("community_memberships_one_member", sql`(${t.userId} is null) <> (${t.organizationId} is null)`),
  ],
);

// Staff an administrator names to act for their organization: join communities, post to its channel.
export const organizationRepresentatives = pgTable(
  "organization_representatives",
  {
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("organization_representatives_key").on(t.organizationId, t.userId), index("organization_representatives_user_idx").on(t.userId)],
);

// [001 §4.8] план деятельности.
export const planItems = pgTable(
  "community_plan_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    communityId: uuid()
      .notNull()
      .references(() => communities.id, { onDelete: "cascade" }),
    title: text().notNull(),
    description: text().notNull().default(""),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
    responsibleId: uuid().references(() => users.id, { onDelete: "set null" }),
    status: planItemStatus().notNull().default("planned"),
    link: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("community_plan_items_community_idx").on(t.communityId, t.startsOn)],
);

// An information channel post: a community's, or an organization's (by its representatives).
export const announcements = pgTable(
  "announcements",
  {
    id: uuid().primaryKey().defaultRandom(),
    communityId: uuid().references(() => communities.id, { onDelete: "cascade" }),
    organizationId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    title: text().notNull(),
    body: text().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("announcements_community_idx").on(t.communityId, t.publishedAt),
    index("announcements_organization_idx").on(t.organizationId, t.publishedAt),
    index("announcements_published_idx").on(t.publishedAt),
    check("announcements_one_channel", sql`(${t.communityId} is null) <> (${t.organizationId} is null)`),
  ],
);

// [003 §3.1.2] following a community's or an organization's information channel.
export const follows = pgTable(
  "follows",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    communityId: uuid().references(() => communities.id, { onDelete: "cascade" }),
    organizationId: uuid().references(() => organizations.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("follows_community_key").on(t.userId, t.communityId),
    uniqueIndex("follows_organization_key").on(t.userId, t.organizationId),
    index("follows_community_idx").on(t.communityId),
    check("follows_one_channel", sql`(${t.communityId} is null) <> (${t.organizationId} is null)`),
  ],
);

export type Community = typeof communities.$inferSelect;
export type CommunityMembership = typeof communityMemberships.$inferSelect;
export type PlanItem = typeof planItems.$inferSelect;
export type Announcement = typeof announcements.$inferSelect;
