import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, auditLog, organizations, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { createOrganization, createUser, getUserRow, tableCounts, unique, type TestUser } from "@/test/factories";
import { approveOrganization, createOrganization as createOrganizationAsAdmin, mergeOrganization, updateOrganization } from "./mutations";
import type { OrganizationInput } from "./schemas";

const ip = "10.1.2.3";
const unknownId = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";

let admin: TestUser;

beforeAll(async () => {
  admin = await createUser({ roles: ["participant", "administrator"] });
});

function fields(overrides: Partial<OrganizationInput> = {}): OrganizationInput {
  return { name: `Средняя школа № ${unique("")}`, shortName: "СОШ", kind: "school", municipality: "г. Обнинск", ...overrides };
}

async function orgRow(id: string) {
  const [row] = await (await getDb()).select().from(organizations).where(eq(organizations.id, id));
  return row;
}

async function lastAudit(targetId: string) {
  const [row] = await (await getDb())
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, "organization"), eq(auditLog.targetId, targetId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

async function activities(objectId: string) {
  return (await getDb()).select({ verb: activityLog.verb, actorId: activityLog.actorId }).from(activityLog).where(eq(activityLog.objectId, objectId));
}

async function expectDomainError(promise: Promise<unknown>, code: DomainError["code"]) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
}

/** Runs a refused call and proves that not a single row anywhere changed. */
async function expectNothingWritten(run: () => Promise<unknown>) {
  const before = await tableCounts();
  const organizationsBefore = await (await getDb()).select().from(organizations);
  await run();
  expect(await tableCounts()).toEqual(before);
  expect(await (await getDb()).select().from(organizations)).toEqual(organizationsBefore);
}

describe("createOrganization", () => {
  test("adds an approved organization and records who did it", async () => {
    const input = fields({ name: "  Лицей   № 77  ", shortName: " МБОУ «Лицей № 77» " });
    const result = await createOrganizationAsAdmin({ actor: admin.actor, input, ip });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await orgRow(result.data.id)).toMatchObject({ name: "Лицей № 77", shortName: "МБОУ «Лицей № 77»", kind: "school", municipality: "г. Обнинск", status: "approved", mergedIntoId: null });
    expect(await activities(result.data.id)).toEqual([{ verb: "organization.created", actorId: admin.id }]);
    expect(await lastAudit(result.data.id)).toMatchObject({ action: "organization.create", actorId: admin.id, ipAddress: ip });
  });

  test.each<[string, Record<string, unknown>, string, string]>([
    ["an empty name", { name: "   " }, "name", "required"],
    ["a two-letter name", { name: "Аб" }, "name", "tooShort"],
    ["a name of 301 characters", { name: "я".repeat(301) }, "name", "tooLong"],
    ["a short name of 121 characters", { shortName: "я".repeat(121) }, "shortName", "tooLong"],
    ["no kind", { kind: "" }, "kind", "required"],
    ["an unknown kind", { kind: "castle" }, "kind", "kindUnknown"],
    ["an empty municipality", { municipality: "" }, "municipality", "required"],
    ["a municipality of 201 characters", { municipality: "я".repeat(201) }, "municipality", "tooLong"],
    ["a name that is not text", { name: 42 }, "name", "invalid"],
  ])("%s is refused on its field and nothing is written", async (_name, overrides, field, message) => {
    await expectNothingWritten(async () => {
      const result = await createOrganizationAsAdmin({ actor: admin.actor, input: { ...fields(), ...overrides }, ip });
      expect(result).toEqual({ ok: false, error: "invalid", fieldErrors: { [field]: message } });
    });
  });

  test("the same name in the same municipality is a duplicate, whatever the case; another municipality is not", async () => {
    const name = `Гимназия № ${unique("")}`;
    expect((await createOrganizationAsAdmin({ actor: admin.actor, input: fields({ name }), ip })).ok).toBe(true);
    await expectNothingWritten(async () => {
      expect(await createOrganizationAsAdmin({ actor: admin.actor, input: fields({ name: name.toUpperCase() }), ip })).toEqual({
        ok: false,
        error: "invalid",
        fieldErrors: { name: "organizationDuplicate" },
      });
    });
    expect((await createOrganizationAsAdmin({ actor: admin.actor, input: fields({ name, municipality: "г. Калуга" }), ip })).ok).toBe(true);
  });

  test("ten simultaneous submits of one form create one organization", async () => {
    const input = fields();
    const results = await Promise.all(Array.from({ length: 10 }, () => createOrganizationAsAdmin({ actor: admin.actor, input, ip })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const rows = await (await getDb()).select().from(organizations).where(eq(organizations.name, input.name));
    expect(rows).toHaveLength(1);
  });
});

describe("updateOrganization", () => {
  test("changes the four fields and audits what changed", async () => {
    const org = await createOrganization({ name: "Школа № 1 (старое)", municipality: "г. Обнинск" });
    const input = fields({ name: "Школа № 1", shortName: "МБОУ «Школа № 1»", kind: "college", municipality: "Боровский район" });
    expect(await updateOrganization({ actor: admin.actor, id: org.id, input, ip })).toEqual({ ok: true, data: undefined });
    expect(await orgRow(org.id)).toMatchObject({ name: "Школа № 1", shortName: "МБОУ «Школа № 1»", kind: "college", municipality: "Боровский район", status: "approved" });
    expect(await activities(org.id)).toEqual([{ verb: "organization.updated", actorId: admin.id }]);
    expect((await lastAudit(org.id))?.details).toEqual({
      before: { name: "Школа № 1 (старое)", shortName: "", kind: "school", municipality: "г. Обнинск" },
      after: { name: "Школа № 1", shortName: "МБОУ «Школа № 1»", kind: "college", municipality: "Боровский район" },
    });
  });

  test("a pending request can be corrected before approval and stays pending", async () => {
    const org = await createOrganization({ status: "pending" });
    expect((await updateOrganization({ actor: admin.actor, id: org.id, input: fields({ name: "Исправленное название" }), ip })).ok).toBe(true);
    expect(await orgRow(org.id)).toMatchObject({ name: "Исправленное название", status: "pending" });
  });

  test("saving unchanged values writes nothing", async () => {
    const org = await createOrganization();
    const row = (await orgRow(org.id))!;
    await expectNothingWritten(async () => {
      const input = { name: row.name, shortName: row.shortName, kind: row.kind, municipality: row.municipality };
      expect((await updateOrganization({ actor: admin.actor, id: org.id, input, ip })).ok).toBe(true);
    });
  });

  test.each([
    ["a missing organization", async (): Promise<string> => unknownId, "organizationMissing"],
    ["an id that is not a uuid", async (): Promise<string> => "not-an-id", "organizationMissing"],
    [
      "a merged organization",
      async (): Promise<string> => {
        const target = await createOrganization();
        const merged = await createOrganization({ status: "merged" });
        await (await getDb()).update(organizations).set({ mergedIntoId: target.id }).where(eq(organizations.id, merged.id));
        return merged.id;
      },
      "organizationMerged",
    ],
  ] as const)("editing %s is refused and nothing is written", async (_name, makeId, error) => {
    const id = await makeId();
    await expectNothingWritten(async () => {
      expect(await updateOrganization({ actor: admin.actor, id, input: fields(), ip })).toEqual({ ok: false, error });
    });
  });

  test("bad input is refused on its field before the organization is touched", async () => {
    const org = await createOrganization();
    await expectNothingWritten(async () => {
      expect(await updateOrganization({ actor: admin.actor, id: org.id, input: fields({ name: "" }), ip })).toEqual({ ok: false, error: "invalid", fieldErrors: { name: "required" } });
    });
  });

  test("renaming into another live organization's name is a duplicate; keeping its own name is not", async () => {
    const existing = await createOrganization({ name: `Лицей № ${unique("")}`, municipality: "г. Обнинск" });
    const org = await createOrganization({ municipality: "г. Обнинск" });
    await expectNothingWritten(async () => {
      const result = await updateOrganization({ actor: admin.actor, id: org.id, input: fields({ name: existing.name }), ip });
      expect(result).toEqual({ ok: false, error: "invalid", fieldErrors: { name: "organizationDuplicate" } });
    });
    const own = (await orgRow(existing.id))!;
    expect((await updateOrganization({ actor: admin.actor, id: existing.id, input: fields({ name: own.name, shortName: "Новое краткое" }), ip })).ok).toBe(true);
  });
});

describe("approveOrganization", () => {
  test("approves a pending request and records it", async () => {
    const requester = await createUser({ organizationId: null });
    const org = await createOrganization({ status: "pending", requestedById: requester.id });
    expect(await approveOrganization({ actor: admin.actor, id: org.id, ip })).toEqual({ ok: true, data: undefined });
    expect((await orgRow(org.id))?.status).toBe("approved");
    expect(await activities(org.id)).toEqual([{ verb: "organization.approved", actorId: admin.id }]);
    expect(await lastAudit(org.id)).toMatchObject({ action: "organization.approve", actorId: admin.id, ipAddress: ip, details: { requestedById: requester.id } });
  });

  test.each([
    ["an approved organization", async (): Promise<string> => (await createOrganization()).id, "notPending"],
    ["a merged organization", async (): Promise<string> => (await createOrganization({ status: "merged" })).id, "organizationMerged"],
    ["a missing organization", async (): Promise<string> => unknownId, "organizationMissing"],
    ["an id that is not a uuid", async (): Promise<string> => "1", "organizationMissing"],
  ] as const)("approving %s is refused and nothing is written", async (_name, makeId, error) => {
    const id = await makeId();
    await expectNothingWritten(async () => {
      expect(await approveOrganization({ actor: admin.actor, id, ip })).toEqual({ ok: false, error });
    });
  });

  test("a request identical to an approved organization must be merged instead", async () => {
    const existing = await createOrganization({ name: `Школа № ${unique("")}`, municipality: "г. Обнинск" });
    const request = await createOrganization({ name: existing.name.toLowerCase(), municipality: "г. Обнинск", status: "pending" });
    await expectNothingWritten(async () => {
      expect(await approveOrganization({ actor: admin.actor, id: request.id, ip })).toEqual({ ok: false, error: "approveDuplicate" });
    });
  });

  test("two identical pending requests: the first can be approved", async () => {
    const name = `Школа № ${unique("")}`;
    const first = await createOrganization({ name, status: "pending" });
    await createOrganization({ name, status: "pending" });
    expect((await approveOrganization({ actor: admin.actor, id: first.id, ip })).ok).toBe(true);
  });
});

describe("mergeOrganization", () => {
  test("moves every user to the target and marks the source merged, in one go", async () => {
    const target = await createOrganization();
    const source = await createOrganization();
    const members = await Promise.all([
      createUser({ organizationId: source.id }),
      createUser({ organizationId: source.id, status: "blocked" }),
      createUser({ organizationId: source.id, consents: ["rules", "personal_data"] }),
    ]);
    const bystander = await createUser({ organizationId: target.id });

    expect(await mergeOrganization({ actor: admin.actor, input: { sourceId: source.id, targetId: target.id }, ip })).toEqual({ ok: true, data: { movedUsers: 3 } });
    for (const u of members) expect((await getUserRow(u.id))?.organizationId).toBe(target.id);
    expect((await getUserRow(bystander.id))?.organizationId).toBe(target.id);
    expect(await orgRow(source.id)).toMatchObject({ status: "merged", mergedIntoId: target.id });
    expect((await orgRow(target.id))?.status).toBe("approved");
    expect(await activities(source.id)).toEqual([{ verb: "organization.merged", actorId: admin.id }]);
    expect(await lastAudit(source.id)).toMatchObject({ action: "organization.merge", ipAddress: ip, details: { into: target.id, previousStatus: "approved", movedUsers: 3 } });
  });

  test("rejecting a pending request as a duplicate moves its requester to the existing organization", async () => {
    const existing = await createOrganization();
    const requester = await createUser({ organizationId: null });
    const request = await createOrganization({ status: "pending", requestedById: requester.id });
    await (await getDb()).update(users).set({ organizationId: request.id }).where(eq(users.id, requester.id));

    expect((await mergeOrganization({ actor: admin.actor, input: { sourceId: request.id, targetId: existing.id }, ip })).ok).toBe(true);
    expect((await getUserRow(requester.id))?.organizationId).toBe(existing.id);
    expect(await orgRow(request.id)).toMatchObject({ status: "merged", mergedIntoId: existing.id });
    expect((await lastAudit(request.id))?.details).toMatchObject({ previousStatus: "pending" });
  });

  test("earlier duplicates of the source are pointed at the new target", async () => {
    const a = await createOrganization();
    const b = await createOrganization();
    const c = await createOrganization();
    expect((await mergeOrganization({ actor: admin.actor, input: { sourceId: a.id, targetId: b.id }, ip })).ok).toBe(true);
    expect((await mergeOrganization({ actor: admin.actor, input: { sourceId: b.id, targetId: c.id }, ip })).ok).toBe(true);
    expect((await orgRow(a.id))?.mergedIntoId).toBe(c.id);
    expect((await orgRow(b.id))?.mergedIntoId).toBe(c.id);
  });

  type Case = [string, () => Promise<{ sourceId: string; targetId: string }>, unknown];
  const merged = async () => {
    const into = await createOrganization();
    const org = await createOrganization({ status: "merged" });
    await (await getDb()).update(organizations).set({ mergedIntoId: into.id }).where(eq(organizations.id, org.id));
    return org.id;
  };
  const approved = async () => (await createOrganization()).id;
  test.each<Case>([
    [
      "merging into itself",
      async () => {
        const id = await approved();
        return { sourceId: id, targetId: id };
      },
      { ok: false, error: "invalid", fieldErrors: { targetId: "sameOrganization" } },
    ],
    ["no target chosen", async () => ({ sourceId: await approved(), targetId: "" }), { ok: false, error: "invalid", fieldErrors: { targetId: "mergeTargetRequired" } }],
    ["a target that is not a uuid", async () => ({ sourceId: await approved(), targetId: "x" }), { ok: false, error: "invalid", fieldErrors: { targetId: "mergeTargetMissing" } }],
    ["a missing target", async () => ({ sourceId: await approved(), targetId: unknownId }), { ok: false, error: "invalid", fieldErrors: { targetId: "mergeTargetMissing" } }],
    ["a merged target", async () => ({ sourceId: await approved(), targetId: await merged() }), { ok: false, error: "invalid", fieldErrors: { targetId: "mergeTargetMerged" } }],
    ["a pending target", async () => ({ sourceId: await approved(), targetId: (await createOrganization({ status: "pending" })).id }), { ok: false, error: "invalid", fieldErrors: { targetId: "mergeTargetPending" } }],
    ["a missing source", async () => ({ sourceId: unknownId, targetId: await approved() }), { ok: false, error: "organizationMissing" }],
    ["an already merged source", async () => ({ sourceId: await merged(), targetId: await approved() }), { ok: false, error: "organizationMerged" }],
  ])("%s is refused and nothing is written", async (_name, makeInput, expected) => {
    const input = await makeInput();
    const sourceExists = input.sourceId !== unknownId;
    const member = await createUser({ organizationId: sourceExists ? input.sourceId : null });
    await expectNothingWritten(async () => {
      expect(await mergeOrganization({ actor: admin.actor, input, ip })).toEqual(expected);
    });
    expect((await getUserRow(member.id))?.organizationId).toBe(sourceExists ? input.sourceId : null);
  });
});

describe("only administrators change the directory", () => {
  let participant: TestUser;
  let methodist: TestUser;
  let expert: TestUser;

  beforeAll(async () => {
    participant = await createUser();
    methodist = await createUser({ roles: ["participant", "methodist"] });
    expert = await createUser({ roles: ["participant", "expert"] });
  });

  const mutations = [
    ["create", (actor: Actor | null) => createOrganizationAsAdmin({ actor, input: fields(), ip })],
    ["edit", (actor: Actor | null, ids: { pending: string; approved: string }) => updateOrganization({ actor, id: ids.approved, input: fields(), ip })],
    ["approve", (actor: Actor | null, ids: { pending: string; approved: string }) => approveOrganization({ actor, id: ids.pending, ip })],
    ["merge", (actor: Actor | null, ids: { pending: string; approved: string }) => mergeOrganization({ actor, input: { sourceId: ids.pending, targetId: ids.approved }, ip })],
  ] as const;
  const callers = [
    ["a participant", () => participant.actor, "forbidden"],
    ["a methodist", () => methodist.actor, "forbidden"],
    ["an expert", () => expert.actor, "forbidden"],
    ["a guest", () => null, "unauthenticated"],
  ] as const;

  test.each(mutations.flatMap(([verb, run]) => callers.map(([who, actor, code]) => [verb, who, run, actor, code] as const)))("%s by %s is refused and nothing is written", async (_verb, _who, run, actor, code) => {
    const ids = { pending: (await createOrganization({ status: "pending" })).id, approved: (await createOrganization()).id };
    await expectNothingWritten(() => expectDomainError(run(actor(), ids), code));
  });

  test("even with input that would be invalid, the refusal comes first", async () => {
    await expectDomainError(createOrganizationAsAdmin({ actor: participant.actor, input: { name: "" }, ip }), "forbidden");
    await expectDomainError(mergeOrganization({ actor: methodist.actor, input: {}, ip }), "forbidden");
  });
});
