import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { organizations } from "@/db/schema";
import { createOrganization, createUser, getUserRow, tableCounts, type TestUser } from "@/test/factories";
import { approveOrganization, createOrganization as createOrganizationAsAdmin, mergeOrganization, updateOrganization } from "./mutations";

// A failure forced at the very last write of each mutation (the audit row): everything before it
// in the same call must be rolled back (SECURITY.md 19).
const failAudit = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/activity/log", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/activity/log")>();
  return {
    ...actual,
    logAudit: async (...args: Parameters<typeof actual.logAudit>) => {
      if (failAudit.on) throw new Error("forced failure");
      return actual.logAudit(...args);
    },
  };
});

const ip = "10.9.9.9";
let admin: TestUser;

beforeAll(async () => {
  admin = await createUser({ roles: ["participant", "administrator"] });
});

afterEach(() => {
  failAudit.on = false;
});

async function snapshot(...ids: string[]) {
  const db = await getDb();
  const rows = await Promise.all(ids.map(async (id) => (await db.select().from(organizations).where(eq(organizations.id, id)))[0]));
  return { counts: await tableCounts(), rows };
}

describe("a failure in the middle leaves nothing behind", () => {
  test("merge: no user moved, the source not merged, no activity row", async () => {
    const target = await createOrganization();
    const source = await createOrganization({ status: "pending" });
    const members = [await createUser({ organizationId: source.id }), await createUser({ organizationId: source.id })];
    const earlier = await createOrganization({ status: "merged" });
    await (await getDb()).update(organizations).set({ mergedIntoId: source.id }).where(eq(organizations.id, earlier.id));
    const before = await snapshot(source.id, target.id, earlier.id);

    failAudit.on = true;
    await expect(mergeOrganization({ actor: admin.actor, input: { sourceId: source.id, targetId: target.id }, ip })).rejects.toThrow("forced failure");

    expect(await snapshot(source.id, target.id, earlier.id)).toEqual(before);
    for (const m of members) expect((await getUserRow(m.id))?.organizationId).toBe(source.id);

    // And the same merge goes through once the failure is gone.
    failAudit.on = false;
    expect(await mergeOrganization({ actor: admin.actor, input: { sourceId: source.id, targetId: target.id }, ip })).toEqual({ ok: true, data: { movedUsers: 2 } });
  });

  test("create, edit and approve roll back as well", async () => {
    const pending = await createOrganization({ status: "pending" });
    const approved = await createOrganization();
    const before = await snapshot(pending.id, approved.id);
    failAudit.on = true;
    const input = { name: "Новая школа для отката", shortName: "", kind: "school", municipality: "г. Обнинск" };
    await expect(createOrganizationAsAdmin({ actor: admin.actor, input, ip })).rejects.toThrow("forced failure");
    await expect(updateOrganization({ actor: admin.actor, id: approved.id, input, ip })).rejects.toThrow("forced failure");
    await expect(approveOrganization({ actor: admin.actor, id: pending.id, ip })).rejects.toThrow("forced failure");
    expect(await snapshot(pending.id, approved.id)).toEqual(before);
  });
});
