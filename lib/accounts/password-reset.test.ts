import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, authTokens } from "@/db/schema";
import { createUser, getUserRow, latestMail, latestToken, mailsTo, tableCounts, uniqueEmail, uniqueIp } from "@/test/factories";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { authenticate } from "./sign-in";
import { issueToken } from "./tokens";

const baseUrl = "http://metodset.test";
const newPassword = "Новый-пароль-для-Самары-2027";

async function resetLinkFor(email: string): Promise<string> {
  expect(await requestPasswordReset({ input: { email }, baseUrl })).toEqual({ ok: true, data: undefined });
  return latestToken(email);
}

describe("requestPasswordReset", () => {
  test("an unknown address gets the same answer and nothing is sent or stored", async () => {
    const email = uniqueEmail("ghost");
    const before = await tableCounts();
    expect(await requestPasswordReset({ input: { email }, baseUrl })).toEqual({ ok: true, data: undefined });
    expect(await mailsTo(email)).toHaveLength(0);
    expect(await tableCounts()).toEqual(before);
  });

  test("a live account gets a reset link in its language", async () => {
    const user = await createUser({ locale: "en" });
    expect(await requestPasswordReset({ input: { email: ` ${user.email.toUpperCase()} ` }, baseUrl })).toEqual({ ok: true, data: undefined });
    const mail = await latestMail(user.email);
    expect(mail!.subject).toMatch(/Password reset/);
    expect(mail!.body).toMatch(new RegExp(`${baseUrl}/en/reset-password\\?token=[A-Za-z0-9_-]{40,}`));
  });

  test.each([
    ["deleted", 0],
    ["blocked", 1], // may reset, still cannot sign in
    ["pending_approval", 1],
  ] as const)("a %s account gets %i link(s)", async (status, expected) => {
    const user = await createUser({ status });
    expect(await requestPasswordReset({ input: { email: user.email }, baseUrl })).toEqual({ ok: true, data: undefined });
    expect(await mailsTo(user.email)).toHaveLength(expected);
  });

  test("at most five links an hour", async () => {
    const user = await createUser();
    for (let i = 0; i < 7; i++) await requestPasswordReset({ input: { email: user.email }, baseUrl });
    expect(await mailsTo(user.email)).toHaveLength(5);
  });
});

describe("resetPassword", () => {
  test("sets the new password, ends sessions, and the old password stops working", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    const before = await getUserRow(user.id);
    const token = await resetLinkFor(user.email);

    expect(await resetPassword({ input: { token, password: newPassword }, ip })).toEqual({ ok: true, data: undefined });

    const after = await getUserRow(user.id);
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    expect(after!.passwordHash).not.toBe(before!.passwordHash);
    expect(after!.passwordHash).toMatch(/^\$argon2id\$/);

    expect(await authenticate({ input: { email: user.email, password: user.password }, ip })).toEqual({ ok: false, error: "invalidCredentials" });
    expect(await authenticate({ input: { email: user.email, password: newPassword }, ip })).toEqual({
      ok: true,
      data: { id: user.id, sessionVersion: before!.sessionVersion + 1 },
    });

    const db = await getDb();
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, user.id));
    expect(audit.map((a) => a.action)).toContain("user.passwordReset");
  });

  test("a reset link also confirms an unverified address", async () => {
    const user = await createUser({ emailVerified: false });
    const token = await resetLinkFor(user.email);
    expect((await resetPassword({ input: { token, password: newPassword }, ip: uniqueIp() })).ok).toBe(true);
    expect((await getUserRow(user.id))!.emailVerifiedAt).toBeInstanceOf(Date);
  });

  test("a used link is refused the second time", async () => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);
    expect((await resetPassword({ input: { token, password: newPassword }, ip: uniqueIp() })).ok).toBe(true);
    const version = (await getUserRow(user.id))!.sessionVersion;
    expect(await resetPassword({ input: { token, password: "Другой-пароль-Казань-2028" }, ip: uniqueIp() })).toEqual({ ok: false, error: "tokenUsed" });
    expect((await getUserRow(user.id))!.sessionVersion).toBe(version);
  });

  test("an older link dies when a newer one is used", async () => {
    const user = await createUser();
    const older = await resetLinkFor(user.email);
    const newer = await resetLinkFor(user.email);
    expect(older).not.toBe(newer);
    expect((await resetPassword({ input: { token: newer, password: newPassword }, ip: uniqueIp() })).ok).toBe(true);
    expect(await resetPassword({ input: { token: older, password: newPassword }, ip: uniqueIp() })).toEqual({ ok: false, error: "tokenUsed" });
  });

  test("an expired link is refused and the password stays", async () => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);
    const db = await getDb();
    await db.update(authTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(authTokens.userId, user.id));
    const before = await getUserRow(user.id);
    expect(await resetPassword({ input: { token, password: newPassword }, ip: uniqueIp() })).toEqual({ ok: false, error: "tokenExpired" });
    const after = await getUserRow(user.id);
    expect(after!.passwordHash).toBe(before!.passwordHash);
    expect(after!.sessionVersion).toBe(before!.sessionVersion);
  });

  test("an e-mail verification token cannot reset a password", async () => {
    const user = await createUser();
    const db = await getDb();
    const token = await issueToken(db, user.id, "verify_email");
    expect(await resetPassword({ input: { token, password: newPassword }, ip: uniqueIp() })).toEqual({ ok: false, error: "tokenInvalid" });
  });

  test.each([
    ["password123", "passwordWeak"],
    ["qwertyuiop", "passwordWeak"],
    ["12345678", "passwordWeak"],
    ["Жq7#Lm2", "passwordTooShort"],
    ["Ы".repeat(129), "passwordTooLong"],
  ])("new password %s is refused (%s) and the link stays usable", async (password, message) => {
    const user = await createUser();
    const token = await resetLinkFor(user.email);
    const before = await getUserRow(user.id);
    expect(await resetPassword({ input: { token, password }, ip: uniqueIp() })).toEqual({ ok: false, error: "invalid", fieldErrors: { password: message } });
    expect((await getUserRow(user.id))!.passwordHash).toBe(before!.passwordHash);
    expect((await resetPassword({ input: { token, password: newPassword }, ip: uniqueIp() })).ok).toBe(true);
  });

  test.each([
    ["garbage", "garbage-token-value-xyz"],
    ["too short", "abc"],
    ["too long", "x".repeat(201)],
  ])("a %s token is refused", async (_name, token) => {
    const result = await resetPassword({ input: { token, password: newPassword }, ip: uniqueIp() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error === "tokenInvalid" || result.fieldErrors?.token === "tokenInvalid").toBe(true);
  });
});
