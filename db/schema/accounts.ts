import { relations, sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { platformRoles } from "@/lib/reference/roles";
import { organizations } from "./organizations";

export const userStatus = pgEnum("user_status", ["pending_approval", "active", "blocked", "deleted"]);
export const platformRole = pgEnum("platform_role", platformRoles);
export const consentDocument = pgEnum("consent_document", ["rules", "personal_data", "profile_visibility"]);
export const tokenPurpose = pgEnum("token_purpose", ["verify_email", "reset_password"]);

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Stored lowercased; null once the account is erased.
    email: text(),
    passwordHash: text(),
    fullName: text().notNull(),
    position: text().notNull().default(""),
    organizationId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    subjects: text().array().notNull().default(sql`'{}'::text[]`),
    phone: text(),
    about: text().notNull().default(""),
    timeZone: text().notNull().default("Europe/Moscow"),
    locale: text().notNull().default("ru"),
    status: userStatus().notNull().default("active"),
    emailVerifiedAt: timestamp({ withTimezone: true }),
    blockedReason: text(),
    // Bumped on block, role or password change: sessions carrying an older value are refused.
    sessionVersion: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    index("users_organization_idx").on(t.organizationId),
    index("users_created_idx").on(t.createdAt),
    // Name search (the co-author picker): ILIKE '%…%' of three letters and more walks it.
    index("users_full_name_trgm_idx").using("gin", sql`${t.fullName} gin_trgm_ops`),
  ],
);

export const userRoles = pgTable(
  "user_roles",
  {
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    role: platformRole().notNull(),
    grantedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const consents = pgTable(
  "consents",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    document: consentDocument().notNull(),
    version: text().notNull(),
    acceptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ipAddress: text(),
    withdrawnAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("consents_user_idx").on(t.userId, t.document)],
);

export const authTokens = pgTable(
  "auth_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().notNull().references(() => users.id, { onDelete: "cascade" }),
    purpose: tokenPurpose().notNull(),
    // Only a SHA-256 of the token is kept: a database leak does not leak working links.
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("auth_tokens_hash_key").on(t.tokenHash), index("auth_tokens_user_idx").on(t.userId, t.purpose)],
);

export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    ipAddress: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_failures_email_idx").on(t.email, t.createdAt), index("sign_in_failures_ip_idx").on(t.ipAddress, t.createdAt)],
);

export const usersRelations = relations(users, ({ one, many }) => ({
  organization: one(organizations, { fields: [users.organizationId], references: [organizations.id] }),
  roles: many(userRoles),
  consents: many(consents),
}));

export const userRolesRelations = relations(userRoles, ({ one }) => ({
  user: one(users, { fields: [userRoles.userId], references: [users.id] }),
}));

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type PlatformRole = (typeof platformRole.enumValues)[number];
export type ConsentDocument = (typeof consentDocument.enumValues)[number];
