import { and, desc, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, userRoles, users, type PlatformRole } from "@/db/schema";
import { loadViewer } from "@/lib/accounts/queries";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, type Result } from "@/lib/errors";
import { createUser, getUserRow, latestMail, mailsTo, tableCounts, type TestUser, type UserOptions } from "@/test/factories";
import { approveUser, blockUser, setUserRoles, unblockUser } from "./mutations";

// A failure forced at the last write of each mutation (the audit row) must roll back everything
// before it in the same call (SECURITY.md 19).
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

const ip = "10.20.30.40";
const baseUrl = "https://metodset.example";
const unknownId = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";

let admin: TestUser;

beforeAll(async () => {
  admin = await createUser({ roles: ["participant", "administrator"] });
});

afterEach(() => {
  failAudit.on = false;
});

async function rolesOf(userId: string): Promise<PlatformRole[]> {
  const rows = await (await getDb()).select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  return rows.map((r) => r.role).sort();
}

async function auditAbout(userId: string) {
  return (await getDb())
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, userId)))
    .orderBy(desc(auditLog.id));
}

/** Every table's row count plus the target's own row and roles: a refusal must change none of it. */
async function snapshot(userId: string) {
  return { counts: await tableCounts(), user: await getUserRow(userId), roles: await rolesOf(userId) };
}

async function expectNothingWritten(userId: string, run: () => Promise<unknown>) {
  const before = await snapshot(userId);
  await run();
  expect(await snapshot(userId)).toEqual(before);
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

// ---------------------------------------------------------------------------------------------
// One list of mutations, each with a target in the state it acts on and a valid input; the
// authorization table below is generated from it, so a new mutation cannot be left out.

type Mutation = {
  name: string;
  target: UserOptions;
  input: (userId: string) => Record<string, unknown>;
  run: (actor: Actor | null, input: unknown) => Promise<Result<unknown>>;
};

const mutations: Mutation[] = [
  {
    name: "setUserRoles",
    target: {},
    input: (userId) => ({ userId, roles: ["participant", "expert"] }),
    run: (actor, input) => setUserRoles({ actor, input, ip }),
  },
  {
    name: "blockUser",
    target: {},
    input: (userId) => ({ userId, reason: "Реклама платных курсов" }),
    run: (actor, input) => blockUser({ actor, input, ip }),
  },
  {
    name: "unblockUser",
    target: { status: "blocked" },
    input: (userId) => ({ userId }),
    run: (actor, input) => unblockUser({ actor, input, ip }),
  },
  {
    name: "approveUser",
    target: { status: "pending_approval" },
    input: (userId) => ({ userId }),
    run: (actor, input) => approveUser({ actor, input, ip, baseUrl }),
  },
];

type Caller = { name: string; make: () => Promise<Actor | null>; expected: "unauthenticated" | "forbidden" | "allowed" };

const callers: Caller[] = [
  { name: "a signed-out visitor", make: async () => null, expected: "unauthenticated" },
  { name: "a participant", make: async () => (await createUser({ roles: ["participant"] })).actor, expected: "forbidden" },
  { name: "an expert", make: async () => (await createUser({ roles: ["participant", "expert"] })).actor, expected: "forbidden" },
  { name: "a methodist", make: async () => (await createUser({ roles: ["participant", "methodist"] })).actor, expected: "forbidden" },
  { name: "a blocked participant", make: async () => (await createUser({ roles: ["participant"], status: "blocked" })).actor, expected: "forbidden" },
  // Blocked after the request read the session: the roles it carries are stale.
  { name: "a blocked administrator", make: async () => (await createUser({ roles: ["participant", "administrator"], status: "blocked" })).actor, expected: "forbidden" },
  {
    name: "an administrator demoted a moment ago",
    make: async () => {
      const user = await createUser({ roles: ["participant"] });
      return { id: user.id, roles: ["participant", "administrator"] };
    },
    expected: "forbidden",
  },
  { name: "an administrator", make: async () => admin.actor, expected: "allowed" },
];

const matrix = mutations.flatMap((m) => callers.map((c) => [m.name, c.name, c.expected, m, c] as const));

describe("authorization", () => {
  test.each(matrix)("%s by %s → %s", async (_m, _c, expected, mutation, caller) => {
    const target = await createUser(mutation.target);
    const actor = await caller.make();
    const input = mutation.input(target.id);
    if (expected === "allowed") {
      expect(await mutation.run(actor, input)).toMatchObject({ ok: true });
      return;
    }
    await expectNothingWritten(target.id, async () => {
      expect(await refusal(mutation.run(actor, input))).toBe(expected);
    });
  });

  test.each(mutations)("$name: refused before the input is even looked at", async (mutation) => {
    const participant = await createUser();
    expect(await refusal(mutation.run(participant.actor, { userId: "not-an-id", roles: ["root"], reason: "" }))).toBe("forbidden");
    expect(await refusal(mutation.run(null, null))).toBe("unauthenticated");
  });

  test.each(mutations)("$name: an erased account cannot be changed", async (mutation) => {
    const target = await createUser({ status: "deleted" });
    await expectNothingWritten(target.id, async () => {
      expect(await mutation.run(admin.actor, mutation.input(target.id))).toEqual({ ok: false, error: "userDeleted" });
    });
  });

  test.each(mutations)("$name: an unknown or malformed id is refused", async (mutation) => {
    expect(await mutation.run(admin.actor, mutation.input(unknownId))).toEqual({ ok: false, error: "userMissing" });
    const malformed = await mutation.run(admin.actor, mutation.input("42"));
    expect(malformed).toEqual({ ok: false, error: "invalid", fieldErrors: { userId: "userMissing" } });
  });

  test.each(mutations)("$name: a failure at the last write leaves nothing behind", async (mutation) => {
    const target = await createUser({ ...mutation.target, email: undefined });
    await expectNothingWritten(target.id, async () => {
      failAudit.on = true;
      await expect(mutation.run(admin.actor, mutation.input(target.id))).rejects.toThrow("forced failure");
    });
    failAudit.on = false;
    expect(await mutation.run(admin.actor, mutation.input(target.id))).toMatchObject({ ok: true });
  });
});

describe("setUserRoles", () => {
  test("saves the checked roles together, ends the user's sessions and audits before and after", async () => {
    const user = await createUser({ roles: ["participant"] });
    const before = (await getUserRow(user.id))!;
    const result = await setUserRoles({ actor: admin.actor, input: { userId: user.id, roles: ["methodist", "participant", "expert", "expert"] }, ip });
    expect(result).toEqual({ ok: true, data: { changed: true } });
    expect(await rolesOf(user.id)).toEqual(["participant", "expert", "methodist"].sort());

    const after = (await getUserRow(user.id))!;
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const viewer = await loadViewer(user.id);
    expect(viewer?.roles.sort()).toEqual(["expert", "methodist", "participant"]);
    expect(viewer?.sessionVersion).not.toBe(before.sessionVersion);

    const [entry] = await auditAbout(user.id);
    expect(entry).toMatchObject({ action: "user.changeRoles", actorId: admin.id, ipAddress: ip, details: { before: ["participant"], after: ["participant", "expert", "methodist"] } });
  });

  test("removes roles as well as adding them", async () => {
    const user = await createUser({ roles: ["participant", "expert", "methodist"] });
    expect((await setUserRoles({ actor: admin.actor, input: { userId: user.id, roles: ["expert"] }, ip })).ok).toBe(true);
    expect(await rolesOf(user.id)).toEqual(["expert"]);
  });

  test("saving the same roles writes nothing and keeps the sessions", async () => {
    const user = await createUser({ roles: ["participant", "expert"] });
    await expectNothingWritten(user.id, async () => {
      expect(await setUserRoles({ actor: admin.actor, input: { userId: user.id, roles: ["expert", "participant"] }, ip })).toEqual({ ok: true, data: { changed: false } });
    });
  });

  test.each<[string, unknown, string]>([
    ["an invented role", ["participant", "root"], "roleUnknown"],
    ["a role in another case", ["Administrator"], "roleUnknown"],
    ["a per-community role", ["moderator"], "roleUnknown"],
    ["a role that is not text", [1], "roleUnknown"],
    ["one string instead of a list", "administrator", "roleUnknown"],
    ["an object", { administrator: true }, "roleUnknown"],
    ["no roles at all", [], "rolesRequired"],
    ["a list padded with repeats", Array.from({ length: 50 }, () => "administrator"), "roleUnknown"],
  ])("%s is refused by the schema and nothing is written", async (_name, roles, message) => {
    const user = await createUser({ roles: ["participant"] });
    await expectNothingWritten(user.id, async () => {
      expect(await setUserRoles({ actor: admin.actor, input: { userId: user.id, roles }, ip })).toEqual({ ok: false, error: "invalid", fieldErrors: { roles: message } });
    });
  });

  test("an administrator may add a role to themselves without being signed out", async () => {
    const self = await createUser({ roles: ["participant", "administrator"] });
    const before = (await getUserRow(self.id))!;
    expect((await setUserRoles({ actor: self.actor, input: { userId: self.id, roles: ["participant", "methodist", "administrator"] }, ip })).ok).toBe(true);
    expect(await rolesOf(self.id)).toEqual(["administrator", "methodist", "participant"]);
    expect((await getUserRow(self.id))!.sessionVersion).toBe(before.sessionVersion);
  });

  test("an administrator cannot remove their own administrator role", async () => {
    const self = await createUser({ roles: ["participant", "administrator"] });
    await expectNothingWritten(self.id, async () => {
      expect(await setUserRoles({ actor: self.actor, input: { userId: self.id, roles: ["participant"] }, ip })).toEqual({
        ok: false,
        error: "invalid",
        fieldErrors: { roles: "ownAdministratorRole" },
      });
    });
  });

  test("another administrator's role can be removed while administrators remain", async () => {
    const other = await createUser({ roles: ["participant", "administrator"] });
    expect((await setUserRoles({ actor: admin.actor, input: { userId: other.id, roles: ["participant"] }, ip })).ok).toBe(true);
    expect(await rolesOf(other.id)).toEqual(["participant"]);
  });
});

describe("blockUser", () => {
  test("blocks with the reason, ends the user's sessions and audits it", async () => {
    const user = await createUser();
    const before = (await getUserRow(user.id))!;
    expect(await blockUser({ actor: admin.actor, input: { userId: user.id, reason: "  Реклама платных курсов в сообществах  " }, ip })).toEqual({ ok: true, data: undefined });

    const row = (await getUserRow(user.id))!;
    expect(row).toMatchObject({ status: "blocked", blockedReason: "Реклама платных курсов в сообществах" });
    expect(row.sessionVersion).toBe(before.sessionVersion + 1);
    // What the per-request session check reads: a blocked status and a version the cookie does not carry.
    const viewer = await loadViewer(user.id);
    expect(viewer).toMatchObject({ status: "blocked" });
    expect(viewer?.sessionVersion).not.toBe(before.sessionVersion);

    const [entry] = await auditAbout(user.id);
    expect(entry).toMatchObject({ action: "user.block", actorId: admin.id, ipAddress: ip, details: { reason: "Реклама платных курсов в сообществах", previousStatus: "active" } });
  });

  test("a pending account can be blocked too", async () => {
    const user = await createUser({ status: "pending_approval" });
    expect((await blockUser({ actor: admin.actor, input: { userId: user.id, reason: "Спам" }, ip })).ok).toBe(true);
    expect((await getUserRow(user.id))?.status).toBe("blocked");
  });

  test.each<[string, unknown, string]>([
    ["an empty reason", "", "reasonRequired"],
    ["a reason of spaces", "   \n ", "reasonRequired"],
    ["a reason of 501 characters", "я".repeat(501), "reasonTooLong"],
    ["no reason", undefined, "required"],
    ["a reason that is not text", 42, "required"],
  ])("%s is refused and nothing is written", async (_name, reason, message) => {
    const user = await createUser();
    await expectNothingWritten(user.id, async () => {
      expect(await blockUser({ actor: admin.actor, input: { userId: user.id, reason }, ip })).toEqual({ ok: false, error: "invalid", fieldErrors: { reason: message } });
    });
  });

  test("a reason of exactly 500 characters is accepted", async () => {
    const user = await createUser();
    expect((await blockUser({ actor: admin.actor, input: { userId: user.id, reason: "я".repeat(500) }, ip })).ok).toBe(true);
  });

  test("an administrator cannot block themselves", async () => {
    await expectNothingWritten(admin.id, async () => {
      expect(await blockUser({ actor: admin.actor, input: { userId: admin.id, reason: "проверка" }, ip })).toEqual({ ok: false, error: "selfBlock" });
    });
  });

  test("blocking twice is refused the second time and the first reason stays", async () => {
    const user = await createUser();
    expect((await blockUser({ actor: admin.actor, input: { userId: user.id, reason: "Первая причина" }, ip })).ok).toBe(true);
    await expectNothingWritten(user.id, async () => {
      expect(await blockUser({ actor: admin.actor, input: { userId: user.id, reason: "Вторая причина" }, ip })).toEqual({ ok: false, error: "alreadyBlocked" });
    });
    expect((await getUserRow(user.id))?.blockedReason).toBe("Первая причина");
  });

  test("ten simultaneous blocks write one audit row and bump the version once", async () => {
    const user = await createUser();
    const before = (await getUserRow(user.id))!;
    const results = await Promise.all(Array.from({ length: 10 }, () => blockUser({ actor: admin.actor, input: { userId: user.id, reason: "Двойной клик" }, ip })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await getUserRow(user.id))!.sessionVersion).toBe(before.sessionVersion + 1);
    expect((await auditAbout(user.id)).filter((e) => e.action === "user.block")).toHaveLength(1);
  });
});

describe("unblockUser", () => {
  test("makes the account active again and clears the reason; old sessions stay ended", async () => {
    const user = await createUser();
    const original = (await getUserRow(user.id))!;
    await blockUser({ actor: admin.actor, input: { userId: user.id, reason: "Нарушение правил" }, ip });
    expect(await unblockUser({ actor: admin.actor, input: { userId: user.id }, ip })).toEqual({ ok: true, data: undefined });
    const row = (await getUserRow(user.id))!;
    expect(row).toMatchObject({ status: "active", blockedReason: null });
    expect(row.sessionVersion).not.toBe(original.sessionVersion);
    const [entry] = await auditAbout(user.id);
    expect(entry).toMatchObject({ action: "user.unblock", actorId: admin.id, ipAddress: ip, details: { reason: "Нарушение правил" } });
  });

  test("an account that is not blocked is refused", async () => {
    const user = await createUser();
    await expectNothingWritten(user.id, async () => {
      expect(await unblockUser({ actor: admin.actor, input: { userId: user.id }, ip })).toEqual({ ok: false, error: "notBlocked" });
    });
  });
});

describe("approveUser", () => {
  test("activates the account and queues the approval mail in the user's language", async () => {
    const ru = await createUser({ status: "pending_approval", fullName: "Калинина Оксана Викторовна" });
    expect(await approveUser({ actor: admin.actor, input: { userId: ru.id }, ip, baseUrl })).toEqual({ ok: true, data: undefined });
    expect((await getUserRow(ru.id))?.status).toBe("active");
    const mail = await latestMail(ru.email);
    expect(mail?.subject).toBe("Учётная запись подтверждена — Методсеть");
    expect(mail?.body).toContain("Калинина Оксана Викторовна");
    expect(mail?.body).toContain(`${baseUrl}/ru/sign-in`);
    const [entry] = await auditAbout(ru.id);
    expect(entry).toMatchObject({ action: "user.approve", actorId: admin.id, ipAddress: ip });

    const en = await createUser({ status: "pending_approval", locale: "en" });
    expect((await approveUser({ actor: admin.actor, input: { userId: en.id }, ip, baseUrl })).ok).toBe(true);
    const enMail = await latestMail(en.email);
    expect(enMail?.subject).not.toBe(mail?.subject);
    expect(enMail?.body).toContain(`${baseUrl}/en/sign-in`);
  });

  test.each(["active", "blocked"] as const)("an %s account is not pending: refused, no mail", async (status) => {
    const user = await createUser({ status });
    await expectNothingWritten(user.id, async () => {
      expect(await approveUser({ actor: admin.actor, input: { userId: user.id }, ip, baseUrl })).toEqual({ ok: false, error: "notPending" });
    });
    expect(await mailsTo(user.email)).toEqual([]);
  });

  test("approving twice at once sends one mail", async () => {
    const user = await createUser({ status: "pending_approval" });
    const results = await Promise.all([1, 2, 3].map(() => approveUser({ actor: admin.actor, input: { userId: user.id }, ip, baseUrl })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await mailsTo(user.email)).toHaveLength(1);
  });
});

describe("the blocked user's next request", () => {
  test("a role change and a block both leave the session's version behind", async () => {
    const user = await createUser({ roles: ["participant"] });
    const signedInWith = (await loadViewer(user.id))!.sessionVersion;
    await setUserRoles({ actor: admin.actor, input: { userId: user.id, roles: ["participant", "expert"] }, ip });
    const afterRoles = (await loadViewer(user.id))!.sessionVersion;
    expect(afterRoles).not.toBe(signedInWith);
    await blockUser({ actor: admin.actor, input: { userId: user.id, reason: "Нарушение" }, ip });
    const afterBlock = (await loadViewer(user.id))!;
    expect(afterBlock.sessionVersion).not.toBe(afterRoles);
    expect(afterBlock.status).toBe("blocked");
    // The row itself is still readable for the administrators' screens.
    expect(await (await getDb()).select({ id: users.id }).from(users).where(eq(users.id, user.id))).toHaveLength(1);
  });
});
