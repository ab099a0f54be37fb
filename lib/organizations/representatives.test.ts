import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, organizationRepresentatives } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { createOrganization, createUser, tableCounts } from "@/test/factories";
import { addRepresentative, listRepresentatives, removeRepresentative } from "./representatives";

// Administrators name an organization's representatives from its active staff; nobody else may.

const ip = "10.4.0.1";
let admin: Actor;

beforeAll(async () => {
  admin = (await createUser({ roles: ["participant", "administrator"] })).actor;
});

async function outcomeOf(run: () => Promise<{ ok: boolean; error?: string; fieldErrors?: unknown }>): Promise<string> {
  const before = await tableCounts();
  try {
    const result = await run();
    if (result.ok) return "ok";
    expect(await tableCounts()).toEqual(before);
    return result.fieldErrors ? JSON.stringify(result.fieldErrors) : result.error!;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(await tableCounts()).toEqual(before);
    return error.code;
  }
}

describe("naming a representative", () => {
  test.each([
    ["guest", null, "unauthenticated"],
    ["participant", ["participant"], "forbidden"],
    ["methodist", ["participant", "methodist"], "forbidden"],
    ["expert", ["participant", "expert"], "forbidden"],
    ["administrator", ["participant", "administrator"], "ok"],
  ] as const)("by %s → %s", async (_, platformRoles, expected) => {
    const org = await createOrganization();
    const staff = await createUser({ organizationId: org.id });
    const actor = platformRoles ? (await createUser({ roles: [...platformRoles] })).actor : null;
    expect(await outcomeOf(() => addRepresentative({ actor, input: { organizationId: org.id, userId: staff.id }, ip }))).toBe(expected);
    if (expected !== "ok") return;
    const db = await getDb();
    expect(await db.select().from(organizationRepresentatives).where(eq(organizationRepresentatives.organizationId, org.id))).toEqual([expect.objectContaining({ userId: staff.id })]);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.action, "organization.representative_add"), eq(auditLog.targetId, org.id)))).toHaveLength(1);
  });

  test("only an active member of that organization's staff, once; a pending organization has none", async () => {
    const org = await createOrganization();
    const staff = await createUser({ organizationId: org.id });
    const stranger = await createUser();
    const blocked = await createUser({ organizationId: org.id, status: "blocked" });
    const input = (userId: string) => ({ organizationId: org.id, userId });
    expect(await outcomeOf(() => addRepresentative({ actor: admin, input: input(stranger.id), ip }))).toBe('{"userId":"representativeNotStaff"}');
    expect(await outcomeOf(() => addRepresentative({ actor: admin, input: input(blocked.id), ip }))).toBe('{"userId":"representativeNotStaff"}');
    expect(await outcomeOf(() => addRepresentative({ actor: admin, input: input(""), ip }))).toBe('{"userId":"required"}');
    expect(await outcomeOf(() => addRepresentative({ actor: admin, input: input(staff.id), ip }))).toBe("ok");
    expect(await outcomeOf(() => addRepresentative({ actor: admin, input: input(staff.id), ip }))).toBe('{"userId":"alreadyRepresentative"}');
    const pending = await createOrganization({ status: "pending" });
    const applicant = await createUser({ organizationId: pending.id });
    expect(await outcomeOf(() => addRepresentative({ actor: admin, input: { organizationId: pending.id, userId: applicant.id }, ip }))).toBe("organizationNotApproved");
  });

  test("the list shows representatives and the staff who could be named; removal", async () => {
    const org = await createOrganization();
    const [a, b] = [await createUser({ organizationId: org.id, fullName: "Антонова Анна" }), await createUser({ organizationId: org.id, fullName: "Борисова Вера" })];
    await createUser({ organizationId: org.id, status: "blocked" });
    await addRepresentative({ actor: admin, input: { organizationId: org.id, userId: a.id }, ip });
    expect(await listRepresentatives({ actor: admin, organizationId: org.id })).toEqual({
      representatives: [{ id: a.id, fullName: "Антонова Анна", position: "учитель математики" }],
      candidates: [{ id: b.id, fullName: "Борисова Вера", position: "учитель математики" }],
    });
    await expect(listRepresentatives({ actor: (await createUser()).actor, organizationId: org.id })).rejects.toThrow("forbidden");
    const methodist = (await createUser({ roles: ["participant", "methodist"] })).actor;
    expect(await outcomeOf(() => removeRepresentative({ actor: methodist, input: { organizationId: org.id, userId: a.id }, ip }))).toBe("forbidden");
    expect(await outcomeOf(() => removeRepresentative({ actor: admin, input: { organizationId: org.id, userId: b.id }, ip }))).toBe("notRepresentative");
    expect(await outcomeOf(() => removeRepresentative({ actor: admin, input: { organizationId: org.id, userId: a.id }, ip }))).toBe("ok");
    expect((await listRepresentatives({ actor: admin, organizationId: org.id })).representatives).toEqual([]);
  });
});
