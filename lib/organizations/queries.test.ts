import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { organizations } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { createOrganization, createUser, unique, uniqueEmail, type TestUser } from "@/test/factories";
import { getOrganization, getOrganizationForAdmin, listDirectory, listMunicipalities, listOrganizationsForAdmin, listPendingOrganizations, searchOrganizations } from "./queries";
import { adminQuerySchema, directoryQuerySchema } from "./schemas";

const unknownId = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";

async function expectDomainError(promise: Promise<unknown>, code: DomainError["code"]) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
}

function directory(params: Record<string, string> = {}) {
  return listDirectory(directoryQuerySchema.parse(params));
}

async function markMerged(id: string, into: string) {
  await (await getDb()).update(organizations).set({ status: "merged", mergedIntoId: into }).where(eq(organizations.id, id));
}

let admin: TestUser;
let participant: TestUser;
let methodist: TestUser;

beforeAll(async () => {
  admin = await createUser({ roles: ["participant", "administrator"] });
  participant = await createUser();
  methodist = await createUser({ roles: ["participant", "methodist"] });
});

describe("the public directory", () => {
  const town = `г. Тестовск-${unique("")}`;
  let lyceum: { id: string };
  let kindergarten: { id: string };

  beforeAll(async () => {
    lyceum = await createOrganization({ name: "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 9»", municipality: town });
    await (await getDb()).update(organizations).set({ shortName: "МБОУ «Лицей № 9»" }).where(eq(organizations.id, lyceum.id));
    kindergarten = await createOrganization({ name: "Детский сад № 44 «Берёзка»", kind: "kindergarten", municipality: town });
    await createOrganization({ name: "Кривская школа (заявка)", municipality: town, status: "pending" });
    const merged = await createOrganization({ name: "Лицей 9 (дубликат)", municipality: town });
    await markMerged(merged.id, lyceum.id);
  });

  test("lists approved organizations only", async () => {
    const page = await directory({ municipality: town });
    expect(page.items.map((o) => o.id).sort()).toEqual([lyceum.id, kindergarten.id].sort());
    expect(page.total).toBe(2);
  });

  test.each([
    ["part of the full name, any case", "лицей № 9"],
    ["the short name", "МБОУ «Лицей"],
    ["the municipality", town.slice(3)],
  ])("search by %s", async (_name, q) => {
    const page = await directory({ q });
    expect(page.items.map((o) => o.id)).toContain(lyceum.id);
  });

  test("search treats % and _ literally", async () => {
    expect((await directory({ q: "%", municipality: town })).total).toBe(0);
    expect((await directory({ q: "_", municipality: town })).total).toBe(0);
  });

  test("filters by kind and municipality together", async () => {
    const page = await directory({ kind: "kindergarten", municipality: town });
    expect(page.items.map((o) => o.id)).toEqual([kindergarten.id]);
  });

  test("malformed parameters fall back to no filter instead of failing", async () => {
    const query = directoryQuerySchema.parse({ kind: "castle", page: "-3", q: ["x"] });
    expect(query).toEqual({ q: "", kind: "", municipality: "", page: 1 });
  });

  test("counts only members who are active and agreed to be shown", async () => {
    const org = await createOrganization({ municipality: town });
    await createUser({ organizationId: org.id });
    await createUser({ organizationId: org.id });
    await createUser({ organizationId: org.id, consents: ["rules", "personal_data"] });
    await createUser({ organizationId: org.id, status: "blocked" });
    await createUser({ organizationId: org.id, status: "pending_approval" });
    const page = await directory({ municipality: town });
    expect(page.items.find((o) => o.id === org.id)?.memberCount).toBe(2);
    expect(page.items.find((o) => o.id === kindergarten.id)?.memberCount).toBe(0);
  });

  test("pages hold 20 entries and an out-of-range page shows the last one", async () => {
    const city = `г. Многошкольск-${unique("")}`;
    for (let i = 0; i < 23; i++) await createOrganization({ name: `Школа № ${String(i).padStart(2, "0")}`, municipality: city });
    const first = await directory({ municipality: city });
    expect(first).toMatchObject({ total: 23, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(20);
    const last = await directory({ municipality: city, page: "9" });
    expect(last).toMatchObject({ page: 2 });
    expect(last.items).toHaveLength(3);
    const ids = new Set([...first.items, ...last.items].map((o) => o.id));
    expect(ids.size).toBe(23);
  });

  test("the municipality filter offers municipalities of approved organizations only", async () => {
    const hidden = `г. Ожидаемск-${unique("")}`;
    await createOrganization({ municipality: hidden, status: "pending" });
    const list = await listMunicipalities();
    expect(list).toContain(town);
    expect(list).not.toContain(hidden);
  });

  test("the registration picker still finds approved organizations only", async () => {
    const found = await searchOrganizations({ query: "Лицей № 9" });
    expect(found.map((o) => o.id)).toEqual([lyceum.id]);
    expect(await searchOrganizations({ query: "Кривская школа" })).toEqual([]);
    expect(await searchOrganizations({ query: "a" })).toEqual([]);
  });
});

describe("an organization's page", () => {
  test("shows an approved organization to everyone", async () => {
    const org = await createOrganization({ name: "Гимназия № 5", kind: "school", municipality: "г. Калуга" });
    for (const viewer of [null, participant.actor, admin.actor]) {
      const result = await getOrganization({ viewer, id: org.id });
      expect(result).toMatchObject({ kind: "found", organization: { id: org.id, name: "Гимназия № 5", kind: "school", municipality: "г. Калуга", status: "approved" } });
    }
  });

  test("a pending organization exists only for administrators and its requester", async () => {
    const requester = await createUser({ organizationId: null });
    const org = await createOrganization({ status: "pending", requestedById: requester.id });
    for (const viewer of [null, participant.actor, methodist.actor]) await expectDomainError(getOrganization({ viewer, id: org.id }), "notFound");
    expect(await getOrganization({ viewer: requester.actor, id: org.id })).toMatchObject({ kind: "found", organization: { status: "pending", requestedByViewer: true, canManage: false } });
    expect(await getOrganization({ viewer: admin.actor, id: org.id })).toMatchObject({ kind: "found", organization: { status: "pending", requestedByViewer: false, canManage: true } });
  });

  test("a merged organization points to the one it was merged into, for everyone", async () => {
    const target = await createOrganization();
    const merged = await createOrganization();
    await markMerged(merged.id, target.id);
    for (const viewer of [null, participant.actor, admin.actor]) {
      expect(await getOrganization({ viewer, id: merged.id })).toEqual({ kind: "merged", mergedIntoId: target.id });
    }
  });

  test.each([
    ["an unknown id", unknownId],
    ["an id that is not a uuid", "42"],
    ["an injection attempt", "' or 1=1 --"],
  ])("%s is notFound", async (_name, id) => {
    await expectDomainError(getOrganization({ viewer: admin.actor, id }), "notFound");
  });

  describe("members", () => {
    const canaryEmail = uniqueEmail("canary-org");
    const canaryPhone = "+7 913 424-24-24";
    let org: { id: string };
    let shown: TestUser;

    beforeAll(async () => {
      org = await createOrganization();
      shown = await createUser({ organizationId: org.id, email: canaryEmail, phone: canaryPhone, fullName: "Алексеева Вера Павловна", position: "учитель химии", subjects: ["chemistry"] });
      await createUser({ organizationId: org.id, fullName: "Скрытова Анна", consents: ["rules", "personal_data"], phone: "+7 913 000-00-01" });
      await createUser({ organizationId: org.id, fullName: "Заблокированный Пётр", status: "blocked" });
    });

    test("lists visible members with public fields only", async () => {
      const result = await getOrganization({ viewer: null, id: org.id });
      if (result.kind !== "found") throw new Error("expected an organization");
      expect(result.organization.members).toEqual([{ id: shown.id, fullName: "Алексеева Вера Павловна", position: "учитель химии", subjects: ["chemistry"] }]);
    });

    test.each(["a guest", "a participant", "an administrator"] as const)("as %s, never an e-mail, phone or password hash", async (who) => {
      const viewer = { "a guest": null, "a participant": participant.actor, "an administrator": admin.actor }[who];
      const json = JSON.stringify(await getOrganization({ viewer, id: org.id }));
      for (const canary of [canaryEmail, canaryPhone, "424-24-24", "000-00-01", "@example.test", "argon2", "email", "phone", "Скрытова", "Заблокированный"]) {
        expect(json).not.toContain(canary);
      }
    });
  });
});

describe("administrators' lists", () => {
  test.each([
    ["a guest", (): Actor | null => null, "unauthenticated"],
    ["a participant", (): Actor | null => participant.actor, "forbidden"],
    ["a methodist", (): Actor | null => methodist.actor, "forbidden"],
  ] as const)("%s cannot read them", async (_name, viewer, code) => {
    await expectDomainError(listPendingOrganizations({ actor: viewer() }), code);
    await expectDomainError(listOrganizationsForAdmin({ actor: viewer(), query: adminQuerySchema.parse({}) }), code);
    await expectDomainError(getOrganizationForAdmin({ actor: viewer(), id: unknownId }), code);
  });

  test("pending requests come first, with their requester and all attached accounts", async () => {
    const tag = unique("Заявочная");
    const requester = await createUser({ organizationId: null, fullName: `Заявитель ${tag}` });
    const pending = await createOrganization({ name: `${tag} школа`, status: "pending", requestedById: requester.id });
    await createUser({ organizationId: pending.id, consents: ["rules", "personal_data"] });
    const approved = await createOrganization({ name: `${tag} гимназия` });

    const queue = await listPendingOrganizations({ actor: admin.actor });
    const entry = queue.items.find((o) => o.id === pending.id);
    expect(entry).toMatchObject({ status: "pending", requestedBy: { id: requester.id, fullName: `Заявитель ${tag}` }, userCount: 1 });
    expect(queue.items.every((o) => o.status === "pending")).toBe(true);

    const all = await listOrganizationsForAdmin({ actor: admin.actor, query: adminQuerySchema.parse({ q: tag }) });
    expect(all.items.map((o) => o.id)).toEqual([pending.id, approved.id]);
    const onlyApproved = await listOrganizationsForAdmin({ actor: admin.actor, query: adminQuerySchema.parse({ q: tag, status: "approved" }) });
    expect(onlyApproved.items.map((o) => o.id)).toEqual([approved.id]);
  });

  test("a merged organization shows where it went", async () => {
    const target = await createOrganization({ name: "Цель слияния" });
    const merged = await createOrganization();
    await markMerged(merged.id, target.id);
    expect(await getOrganizationForAdmin({ actor: admin.actor, id: merged.id })).toMatchObject({ status: "merged", mergedInto: { id: target.id, name: "Цель слияния" } });
    await expectDomainError(getOrganizationForAdmin({ actor: admin.actor, id: unknownId }), "notFound");
  });
});
