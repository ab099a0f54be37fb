import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { consents, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { createOrganization, createUser, unique, type TestUser } from "@/test/factories";
import { blockUser, setUserRoles } from "./mutations";
import { getUserForAdmin, listUserAudit, listUserConsents, listUsersForAdmin } from "./queries";
import { userListQuerySchema } from "./schemas";

const ip = "10.3.3.3";
const query = (params: Record<string, string> = {}) => userListQuerySchema.parse(params);

let admin: TestUser;
let marker: string;
let teacher: TestUser;

beforeAll(async () => {
  admin = await createUser({ roles: ["participant", "administrator"] });
  // Every user of this file carries the marker in the name, so searches see only them.
  marker = unique("Лист");
  const school = await createOrganization({ name: `Гимназия «${marker}»` });
  teacher = await createUser({ fullName: `Смирнова Анна ${marker}`, organizationId: school.id, phone: "+7 900 000-00-01" });
  await createUser({ fullName: `Орлов Пётр ${marker}`, roles: ["participant", "expert"], organizationId: null });
  await createUser({ fullName: `Белова Ирина ${marker}`, roles: ["participant", "methodist"], status: "pending_approval" });
  await createUser({ fullName: `Гусев Олег ${marker}`, status: "blocked" });
  await createUser({ fullName: `Новикова Ольга ${marker}`, emailVerified: false });
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe("who may read", () => {
  const readers: [string, () => Promise<Actor | null>, string][] = [
    ["a signed-out visitor", async () => null, "unauthenticated"],
    ["a participant", async () => (await createUser()).actor, "forbidden"],
    ["an expert", async () => (await createUser({ roles: ["participant", "expert"] })).actor, "forbidden"],
    ["a methodist", async () => (await createUser({ roles: ["participant", "methodist"] })).actor, "forbidden"],
  ];
  test.each(readers)("%s gets %s from every administrators' read", async (_name, make, code) => {
    const actor = await make();
    expect(await refusal(listUsersForAdmin({ actor, query: query() }))).toBe(code);
    expect(await refusal(getUserForAdmin({ actor, id: teacher.id }))).toBe(code);
    expect(await refusal(listUserConsents({ actor, userId: teacher.id }))).toBe(code);
    expect(await refusal(listUserAudit({ actor, userId: teacher.id }))).toBe(code);
  });
});

describe("listUsersForAdmin", () => {
  test("finds by part of the name, the e-mail or the organization, in any case", async () => {
    const byName = await listUsersForAdmin({ actor: admin.actor, query: query({ q: `смирнова анна ${marker}`.toUpperCase() }) });
    expect(byName.items.map((u) => u.id)).toEqual([teacher.id]);
    const byEmail = await listUsersForAdmin({ actor: admin.actor, query: query({ q: teacher.email.slice(0, -5) }) });
    expect(byEmail.items.map((u) => u.id)).toEqual([teacher.id]);
    const byOrganization = await listUsersForAdmin({ actor: admin.actor, query: query({ q: `гимназия «${marker}` }) });
    expect(byOrganization.items.map((u) => u.id)).toEqual([teacher.id]);
    expect(byOrganization.items[0]).toMatchObject({ email: teacher.email, roles: ["participant"], status: "active", emailVerified: true, organization: { name: `Гимназия «${marker}»` } });
  });

  test("filters by role and by state, and says how many wait for approval", async () => {
    const names = async (params: Record<string, string>) => (await listUsersForAdmin({ actor: admin.actor, query: query({ q: marker, ...params }) })).items.map((u) => u.fullName.split(" ")[0]).sort();
    expect(await names({})).toEqual(["Белова", "Гусев", "Новикова", "Орлов", "Смирнова"]);
    expect(await names({ role: "expert" })).toEqual(["Орлов"]);
    expect(await names({ role: "methodist" })).toEqual(["Белова"]);
    expect(await names({ status: "pending_approval" })).toEqual(["Белова"]);
    expect(await names({ status: "blocked" })).toEqual(["Гусев"]);
    expect(await names({ status: "unverified" })).toEqual(["Новикова"]);
    expect(await names({ status: "active", role: "participant" })).toEqual(["Новикова", "Орлов", "Смирнова"]);
    expect((await listUsersForAdmin({ actor: admin.actor, query: query() })).pendingApproval).toBeGreaterThanOrEqual(1);
  });

  test("% and _ in the search are taken literally", async () => {
    expect((await listUsersForAdmin({ actor: admin.actor, query: query({ q: "%" }) })).total).toBe(0);
    expect((await listUsersForAdmin({ actor: admin.actor, query: query({ q: "_" }) })).total).toBe(0);
  });

  test("malformed parameters fall back to no filter, and pages hold 20 users", async () => {
    const parsed = query({ role: "root", status: "everything", page: "-3" });
    expect(parsed).toEqual({ q: "", role: "", status: "all", page: 1 });
    const prefix = unique("Стр");
    for (let i = 0; i < 23; i++) await createUser({ fullName: `${prefix} ${i}`, organizationId: null });
    const first = await listUsersForAdmin({ actor: admin.actor, query: query({ q: prefix }) });
    expect(first).toMatchObject({ total: 23, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(20);
    const second = await listUsersForAdmin({ actor: admin.actor, query: query({ q: prefix, page: "9" }) });
    expect(second).toMatchObject({ page: 2 });
    expect(second.items).toHaveLength(3);
    expect(new Set([...first.items, ...second.items].map((u) => u.id)).size).toBe(23);
  });

  test("an erased account is listed under deleted, without name or e-mail", async () => {
    const erased = await createUser();
    await (await getDb()).update(users).set({ status: "deleted", email: null, fullName: "" }).where(eq(users.id, erased.id));
    const found = await listUsersForAdmin({ actor: admin.actor, query: query({ status: "deleted" }) });
    expect(found.items.find((u) => u.id === erased.id)).toMatchObject({ fullName: "", email: null, status: "deleted" });
  });

  test("rows are view objects: no password hash, no session version", async () => {
    const [row] = (await listUsersForAdmin({ actor: admin.actor, query: query({ q: teacher.email }) })).items;
    expect(Object.keys(row!).sort()).toEqual(["createdAt", "email", "emailVerified", "fullName", "id", "organization", "roles", "status"]);
    expect(JSON.stringify(row)).not.toContain("argon2");
  });
});

describe("getUserForAdmin", () => {
  test("shows contacts to administrators, never the password hash", async () => {
    const details = await getUserForAdmin({ actor: admin.actor, id: teacher.id });
    expect(details).toMatchObject({ id: teacher.id, email: teacher.email, phone: "+7 900 000-00-01", status: "active", isSelf: false, roles: ["participant"] });
    expect(JSON.stringify(details)).not.toMatch(/argon2|passwordHash|sessionVersion/);
    expect((await getUserForAdmin({ actor: admin.actor, id: admin.id })).isSelf).toBe(true);
  });

  test.each(["6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "not-an-id", "1; drop table users"])("%s is notFound", async (id) => {
    expect(await refusal(getUserForAdmin({ actor: admin.actor, id }))).toBe("notFound");
  });
});

describe("consents and audit", () => {
  test("lists every consent with version, time, address and withdrawal", async () => {
    const user = await createUser({ consents: ["rules", "personal_data"] });
    await (await getDb()).insert(consents).values({ userId: user.id, document: "profile_visibility", version: "2025-01-01", ipAddress: "10.0.0.9", withdrawnAt: new Date() });
    const list = await listUserConsents({ actor: admin.actor, userId: user.id });
    expect(list.map((c) => c.document).sort()).toEqual(["personal_data", "profile_visibility", "rules"]);
    expect(list.find((c) => c.document === "profile_visibility")).toMatchObject({ version: "2025-01-01", ipAddress: "10.0.0.9", withdrawnAt: expect.any(Date) });
    expect(list.find((c) => c.document === "rules")).toMatchObject({ ipAddress: "127.0.0.1", withdrawnAt: null });
  });

  test("shows the newest entries about the user first, with who did it and the roles and reason", async () => {
    const user = await createUser();
    await setUserRoles({ actor: admin.actor, input: { userId: user.id, roles: ["participant", "expert"] }, ip });
    await blockUser({ actor: admin.actor, input: { userId: user.id, reason: "Спам в сообществах" }, ip });
    const entries = await listUserAudit({ actor: admin.actor, userId: user.id });
    expect(entries.map((e) => e.action)).toEqual(["user.block", "user.changeRoles"]);
    expect(entries[0]).toMatchObject({ actor: { id: admin.id, fullName: admin.fullName }, ipAddress: ip, reason: "Спам в сообществах", rolesBefore: null });
    expect(entries[1]).toMatchObject({ rolesBefore: ["participant"], rolesAfter: ["participant", "expert"], reason: null });
  });
});
