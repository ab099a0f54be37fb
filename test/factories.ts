import { randomBytes } from "node:crypto";
import { and, desc, eq, getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import * as schema from "@/db/schema";
import { consents, organizations, outbox, platformSettings, userRoles, users, type ConsentDocument, type OrganizationKind, type PlatformRole } from "@/db/schema";
import { consentVersions } from "@/lib/accounts/consent-documents";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";

// Test data written straight to the database: fast, and independent of the domain code under test.

/** A password strong enough for the zxcvbn check; the default for every factory user. */
export const defaultPassword = "Ветер-над-Волгой-2026!";

const hashes = new Map<string, Promise<string>>();
/** argon2id costs ~50-100 ms, so each distinct password is hashed once per process. */
export function passwordHashFor(password: string): Promise<string> {
  let hashed = hashes.get(password);
  if (!hashed) {
    hashed = hashPassword(password);
    hashes.set(password, hashed);
  }
  return hashed;
}

let counter = 0;
/** A short unique suffix: test files share one database, tests within a file must not collide. */
export function unique(prefix = "t"): string {
  counter += 1;
  return `${prefix}${counter}-${randomBytes(3).toString("hex")}`;
}

export function uniqueEmail(prefix = "user"): string {
  return `${unique(prefix)}@example.test`.toLowerCase();
}

/** A fresh client address, so that per-address sign-in throttling in one test does not leak into another. */
export function uniqueIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

export type OrganizationOptions = {
  name?: string;
  kind?: OrganizationKind;
  municipality?: string;
  status?: "pending" | "approved" | "merged";
  requestedById?: string | null;
};

export async function createOrganization(options: OrganizationOptions = {}) {
  const db = await getDb();
  const [org] = await db
    .insert(organizations)
    .values({
      name: options.name ?? `Школа № ${unique("")}`,
      kind: options.kind ?? "school",
      municipality: options.municipality ?? "г. Самара",
      status: options.status ?? "approved",
      requestedById: options.requestedById ?? null,
    })
    .returning();
  return org!;
}

export type UserOptions = {
  email?: string;
  password?: string;
  fullName?: string;
  position?: string;
  subjects?: string[];
  phone?: string | null;
  about?: string;
  roles?: PlatformRole[];
  /** Documents accepted at their current version; default: all three. */
  consents?: ConsentDocument[];
  status?: "pending_approval" | "active" | "blocked" | "deleted";
  emailVerified?: boolean;
  /** An organization id, `null` for none; default: a new approved organization. */
  organizationId?: string | null;
  timeZone?: string;
  locale?: "ru" | "en";
};

export type TestUser = { id: string; email: string; password: string; fullName: string; roles: PlatformRole[]; actor: Actor };

/** A verified, active user with roles and consents, inserted directly (no mail, no audit rows). */
export async function createUser(options: UserOptions = {}): Promise<TestUser> {
  const db = await getDb();
  const email = (options.email ?? uniqueEmail()).toLowerCase();
  const password = options.password ?? defaultPassword;
  const fullName = options.fullName ?? `Иванова Мария ${unique("")}`;
  const roles = options.roles ?? ["participant"];
  const accepted = options.consents ?? ["rules", "personal_data", "profile_visibility"];
  const organizationId = options.organizationId === undefined ? (await createOrganization()).id : options.organizationId;
  const passwordHash = await passwordHashFor(password);

  const id = await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email,
        passwordHash,
        fullName,
        position: options.position ?? "учитель математики",
        subjects: options.subjects ?? ["mathematics"],
        phone: options.phone ?? null,
        about: options.about ?? "",
        organizationId,
        status: options.status ?? "active",
        emailVerifiedAt: options.emailVerified === false ? null : new Date(),
        timeZone: options.timeZone ?? "Europe/Samara",
        locale: options.locale ?? "ru",
      })
      .returning({ id: users.id });
    if (roles.length > 0) await tx.insert(userRoles).values(roles.map((role) => ({ userId: user!.id, role })));
    if (accepted.length > 0) {
      await tx.insert(consents).values(accepted.map((document) => ({ userId: user!.id, document, version: consentVersions[document], ipAddress: "127.0.0.1" })));
    }
    return user!.id;
  });
  return { id, email, password, fullName, roles, actor: { id, roles } };
}

export async function getUserRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function getUserByEmail(email: string) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row;
}

/** Stores a platform setting (e.g. `requireAccountApproval`) as the settings screen would. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const db = await getDb();
  await db.insert(platformSettings).values({ key, value }).onConflictDoUpdate({ target: platformSettings.key, set: { value } });
}

export async function clearSetting(key: string): Promise<void> {
  const db = await getDb();
  await db.delete(platformSettings).where(eq(platformSettings.key, key));
}

/** Every mail queued to an address, newest first. */
export async function mailsTo(recipient: string) {
  const db = await getDb();
  return db.select().from(outbox).where(eq(outbox.recipient, recipient)).orderBy(desc(outbox.createdAt), desc(sql`ctid`));
}

/** The newest mail queued to an address, or undefined. */
export async function latestMail(recipient: string, subjectContains?: string) {
  const db = await getDb();
  const [mail] = await db
    .select()
    .from(outbox)
    .where(subjectContains ? and(eq(outbox.recipient, recipient), sql`position(${subjectContains} in ${outbox.subject}) > 0`) : eq(outbox.recipient, recipient))
    .orderBy(desc(outbox.createdAt), desc(sql`ctid`))
    .limit(1);
  return mail;
}

/** The `token` query parameter of the first link in a mail body. */
export function tokenFromBody(body: string): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(body);
  if (!match) throw new Error(`No link with a token in mail body:\n${body}`);
  return match[1]!;
}

/** The token from the newest mail to an address; throws when there is none. */
export async function latestToken(recipient: string): Promise<string> {
  const mail = await latestMail(recipient);
  if (!mail) throw new Error(`No mail to ${recipient} in the outbox`);
  return tokenFromBody(mail.body);
}

const allTables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));

/** Row counts of every table (or the given ones): compare before and after to prove nothing was written. */
export async function tableCounts(tables: PgTable[] = allTables): Promise<Record<string, number>> {
  const db = await getDb();
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
    counts[getTableName(table)] = row?.n ?? 0;
  }
  return counts;
}
