import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, signInFailures } from "@/db/schema";
import { createUser, uniqueEmail, uniqueIp } from "@/test/factories";
import { authenticate, isThrottled, signInMaxFailures, signInWindowMs } from "./sign-in";

const wrong = "Неверный-пароль-42";
const signIn = (email: string, password: string, ip: string) => authenticate({ input: { email, password }, ip });

describe("authenticate", () => {
  test("the right password signs in and records the sign-in", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    const result = await signIn(` ${user.email.toUpperCase()} `, user.password, ip);
    expect(result).toEqual({ ok: true, data: { id: user.id, sessionVersion: 1 } });
    const db = await getDb();
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, user.id));
    expect(audit).toEqual([expect.objectContaining({ action: "auth.signIn", actorId: user.id, ipAddress: ip })]);
  });

  test("an unknown e-mail and a wrong password give the same answer", async () => {
    const user = await createUser();
    const unknown = await signIn(uniqueEmail("nobody"), user.password, uniqueIp());
    const wrongPassword = await signIn(user.email, wrong, uniqueIp());
    expect(unknown).toEqual({ ok: false, error: "invalidCredentials" });
    expect(wrongPassword).toEqual(unknown);
  });

  test.each([
    ["unverified e-mail", { emailVerified: false }, "emailNotVerified"],
    ["blocked account", { status: "blocked" }, "blocked"],
    ["account pending approval", { status: "pending_approval" }, "pendingApproval"],
    ["deleted account", { status: "deleted" }, "invalidCredentials"],
  ] as const)("%s is refused with %s", async (_name, options, error) => {
    const user = await createUser(options);
    expect(await signIn(user.email, user.password, uniqueIp())).toEqual({ ok: false, error });
  });

  test("a refused status does not leak to someone without the password", async () => {
    const blocked = await createUser({ status: "blocked" });
    expect(await signIn(blocked.email, wrong, uniqueIp())).toEqual({ ok: false, error: "invalidCredentials" });
  });

  test.each([
    ["no input", undefined],
    ["empty fields", { email: "", password: "" }],
    ["malformed e-mail", { email: "not-an-email", password: "x" }],
    ["password over 128 characters", { email: "a@b.test", password: "x".repeat(129) }],
  ])("%s gives invalidCredentials", async (_name, input) => {
    expect(await authenticate({ input, ip: uniqueIp() })).toEqual({ ok: false, error: "invalidCredentials" });
  });

  test(`${signInMaxFailures} failures for one account, then even the right password is throttled, from any address`, async () => {
    const user = await createUser();
    for (let i = 0; i < signInMaxFailures; i++) {
      expect(await signIn(user.email, wrong, uniqueIp())).toEqual({ ok: false, error: "invalidCredentials" });
    }
    expect(await signIn(user.email, user.password, uniqueIp())).toEqual({ ok: false, error: "throttled" });
    expect(await signIn(user.email.toUpperCase(), user.password, uniqueIp())).toEqual({ ok: false, error: "throttled" });
    // Another account from a clean address is unaffected.
    const other = await createUser();
    expect((await signIn(other.email, other.password, uniqueIp())).ok).toBe(true);
  });

  test(`${signInMaxFailures - 1} failures still allow the right password, which clears the count`, async () => {
    const user = await createUser();
    for (let i = 0; i < signInMaxFailures - 1; i++) await signIn(user.email, wrong, uniqueIp());
    expect((await signIn(user.email, user.password, uniqueIp())).ok).toBe(true);
    for (let i = 0; i < signInMaxFailures - 1; i++) await signIn(user.email, wrong, uniqueIp());
    expect((await signIn(user.email, user.password, uniqueIp())).ok).toBe(true);
  });

  test(`${signInMaxFailures} failures from one address, then every account is throttled from it`, async () => {
    const ip = uniqueIp();
    for (let i = 0; i < signInMaxFailures; i++) {
      expect(await signIn(uniqueEmail("spray"), wrong, ip)).toEqual({ ok: false, error: "invalidCredentials" });
    }
    const victim = await createUser();
    expect(await signIn(victim.email, victim.password, ip)).toEqual({ ok: false, error: "throttled" });
    // The same account from another address is fine.
    expect((await signIn(victim.email, victim.password, uniqueIp())).ok).toBe(true);
  });

  test("a throttled attempt is not evaluated: no argon2 verify, no new failure row", async () => {
    const user = await createUser();
    for (let i = 0; i < signInMaxFailures; i++) await signIn(user.email, wrong, uniqueIp());
    const db = await getDb();
    const count = async () => (await db.select().from(signInFailures).where(eq(signInFailures.email, user.email))).length;
    const before = await count();
    expect(await signIn(user.email, wrong, uniqueIp())).toEqual({ ok: false, error: "throttled" });
    expect(await count()).toBe(before);
  });

  test.each([
    ["one account from many addresses", "email"],
    ["many accounts from one address", "ip"],
  ])("a burst of 20 parallel guesses (%s) gets at most five evaluated", async (_name, mode) => {
    const user = await createUser();
    const ip = uniqueIp();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => (mode === "email" ? signIn(user.email, wrong, uniqueIp()) : signIn(uniqueEmail("burst"), wrong, ip))),
    );
    const evaluated = results.filter((r) => !r.ok && r.error === "invalidCredentials").length;
    const throttled = results.filter((r) => !r.ok && r.error === "throttled").length;
    expect(evaluated).toBeLessThanOrEqual(signInMaxFailures);
    expect(evaluated + throttled).toBe(20);
    // Guessing on one by one: the burst and the rest together get exactly five guesses in the window.
    let more = 0;
    for (;;) {
      const r = mode === "email" ? await signIn(user.email, wrong, uniqueIp()) : await signIn(uniqueEmail("burst"), wrong, ip);
      if (!r.ok && r.error === "throttled") break;
      more += 1;
      expect(more).toBeLessThanOrEqual(signInMaxFailures);
    }
    expect(evaluated + more).toBe(signInMaxFailures);
    expect(await signIn(user.email, user.password, mode === "email" ? uniqueIp() : ip)).toEqual({ ok: false, error: "throttled" });
  });

  test("refusals with the right password (unverified, blocked, pending) do not count as failures", async () => {
    const ip = uniqueIp();
    const users = await Promise.all([createUser({ emailVerified: false }), createUser({ status: "blocked" }), createUser({ status: "pending_approval" })]);
    for (let i = 0; i < 2; i++) for (const u of users) expect((await signIn(u.email, u.password, ip)).ok).toBe(false);
    expect(await isThrottled(uniqueEmail("x"), ip)).toBe(false);
    const db = await getDb();
    expect(await db.select().from(signInFailures).where(eq(signInFailures.ipAddress, ip))).toHaveLength(0);
  });

  test("failures older than 15 minutes do not count", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    const db = await getDb();
    const old = new Date(Date.now() - signInWindowMs - 60_000);
    await db.insert(signInFailures).values(
      Array.from({ length: 10 }, () => ({ email: user.email, ipAddress: ip, createdAt: old })),
    );
    expect(await isThrottled(user.email, ip)).toBe(false);
    expect((await signIn(user.email, user.password, ip)).ok).toBe(true);
  });

  test("failures just inside the window do count", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    const db = await getDb();
    const recent = new Date(Date.now() - signInWindowMs + 60_000);
    await db.insert(signInFailures).values(Array.from({ length: signInMaxFailures }, () => ({ email: user.email, ipAddress: uniqueIp(), createdAt: recent })));
    expect(await isThrottled(user.email, ip)).toBe(true);
    expect(await signIn(user.email, user.password, ip)).toEqual({ ok: false, error: "throttled" });
  });

  test("the window really is 15 minutes", () => {
    expect(signInWindowMs).toBe(15 * 60_000);
    expect(signInMaxFailures).toBe(5);
  });
});
