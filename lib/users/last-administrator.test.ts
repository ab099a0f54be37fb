import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { userRoles } from "@/db/schema";
import { createUser, getUserRow, tableCounts } from "@/test/factories";
import { blockUser, setUserRoles } from "./mutations";

// Its own file, so its own fresh database: the number of administrators here is exactly what each test makes.

const ip = "10.5.5.5";

async function administrators(): Promise<string[]> {
  const rows = await (await getDb()).select({ userId: userRoles.userId }).from(userRoles).where(eq(userRoles.role, "administrator"));
  return rows.map((r) => r.userId).sort();
}

describe("the platform always keeps an active administrator", () => {
  test("the only administrator cannot drop the role, and nothing is written", async () => {
    const only = await createUser({ roles: ["participant", "administrator"] });
    const before = { counts: await tableCounts(), user: await getUserRow(only.id) };
    expect(await setUserRoles({ actor: only.actor, input: { userId: only.id, roles: ["participant"] }, ip })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { roles: "lastAdministrator" },
    });
    expect({ counts: await tableCounts(), user: await getUserRow(only.id) }).toEqual(before);
    expect(await administrators()).toEqual([only.id]);
  });

  test("with a second administrator, dropping one's own role is still refused; another's is allowed", async () => {
    const [first] = await administrators();
    const firstActor = { id: first!, roles: ["participant", "administrator"] as const };
    const second = await createUser({ roles: ["participant", "administrator"] });
    expect(await setUserRoles({ actor: second.actor, input: { userId: second.id, roles: ["participant"] }, ip })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { roles: "ownAdministratorRole" },
    });
    expect((await setUserRoles({ actor: { ...firstActor, roles: [...firstActor.roles] }, input: { userId: second.id, roles: ["participant"] }, ip })).ok).toBe(true);
    expect(await administrators()).toEqual([first]);
  });

  test("an administrator who is blocked or waiting for approval does not count as the remaining one", async () => {
    const [active] = await administrators();
    await createUser({ roles: ["participant", "administrator"], status: "blocked" });
    await createUser({ roles: ["participant", "administrator"], status: "pending_approval" });
    const result = await setUserRoles({ actor: { id: active!, roles: ["participant", "administrator"] }, input: { userId: active!, roles: ["participant"] }, ip });
    expect(result).toEqual({ ok: false, error: "invalid", fieldErrors: { roles: "lastAdministrator" } });
  });

  test("two administrators removing each other at the same moment leave one", async () => {
    const a = await createUser({ roles: ["participant", "administrator"] });
    const b = await createUser({ roles: ["participant", "administrator"] });
    // Leave exactly these two active administrators.
    for (const id of await administrators()) {
      if (id !== a.id && id !== b.id) await (await getDb()).delete(userRoles).where(eq(userRoles.userId, id));
    }
    const results = await Promise.allSettled([
      setUserRoles({ actor: a.actor, input: { userId: b.id, roles: ["participant"] }, ip }),
      setUserRoles({ actor: b.actor, input: { userId: a.id, roles: ["participant"] }, ip }),
    ]);
    const succeeded = results.filter((r) => r.status === "fulfilled" && r.value.ok);
    expect(succeeded).toHaveLength(1);
    // The loser was demoted first, so it is refused as no longer allowed to manage users.
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["forbidden"]);
    const remaining = await administrators();
    expect(remaining).toHaveLength(1);
    expect([a.id, b.id]).toContain(remaining[0]);
  });

  test("the two blocking each other at once: one is blocked, the other stays an active administrator", async () => {
    const [x, y] = await Promise.all([createUser({ roles: ["participant", "administrator"] }), createUser({ roles: ["participant", "administrator"] })]);
    const results = await Promise.allSettled([
      blockUser({ actor: x.actor, input: { userId: y.id, reason: "Проверка" }, ip }),
      blockUser({ actor: y.actor, input: { userId: x.id, reason: "Проверка" }, ip }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled" && r.value.ok)).toHaveLength(1);
    const statuses = [(await getUserRow(x.id))!.status, (await getUserRow(y.id))!.status].sort();
    expect(statuses).toEqual(["active", "blocked"]);
  });
});
