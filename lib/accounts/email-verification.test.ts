import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { authTokens } from "@/db/schema";
import { createUser, getUserRow, latestMail, latestToken, mailsTo, tokenFromBody, uniqueEmail } from "@/test/factories";
import { resendVerification, verifyEmail } from "./email-verification";
import { issueToken } from "./tokens";

const baseUrl = "http://metodset.test";

async function unverifiedUser() {
  return createUser({ email: uniqueEmail("unverified"), emailVerified: false });
}

describe("verifyEmail", () => {
  test("a link works once, then reports tokenUsed", async () => {
    const user = await unverifiedUser();
    const db = await getDb();
    const token = await issueToken(db, user.id, "verify_email");

    expect(await verifyEmail({ token })).toEqual({ ok: true, data: undefined });
    const row = await getUserRow(user.id);
    expect(row!.emailVerifiedAt).toBeInstanceOf(Date);

    expect(await verifyEmail({ token })).toEqual({ ok: false, error: "tokenUsed" });
  });

  test("an expired link reports tokenExpired and verifies nothing", async () => {
    const user = await unverifiedUser();
    const db = await getDb();
    const token = await issueToken(db, user.id, "verify_email");
    await db.update(authTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(authTokens.userId, user.id));

    expect(await verifyEmail({ token })).toEqual({ ok: false, error: "tokenExpired" });
    expect((await getUserRow(user.id))!.emailVerifiedAt).toBeNull();
  });

  test.each([
    ["garbage", "not-a-real-token-at-all"],
    ["empty", ""],
    ["over 200 characters", "x".repeat(201)],
    ["SQL", "' or 1=1 --"],
  ])("a %s token reports tokenInvalid", async (_name, token) => {
    expect(await verifyEmail({ token })).toEqual({ ok: false, error: "tokenInvalid" });
  });

  test("a password-reset token does not verify an e-mail", async () => {
    const user = await unverifiedUser();
    const db = await getDb();
    const token = await issueToken(db, user.id, "reset_password");
    expect(await verifyEmail({ token })).toEqual({ ok: false, error: "tokenInvalid" });
    expect((await getUserRow(user.id))!.emailVerifiedAt).toBeNull();
  });

  test("using the newest link retires the older ones", async () => {
    const user = await unverifiedUser();
    const db = await getDb();
    const older = await issueToken(db, user.id, "verify_email");
    const newer = await issueToken(db, user.id, "verify_email");
    expect((await verifyEmail({ token: newer })).ok).toBe(true);
    expect(await verifyEmail({ token: older })).toEqual({ ok: false, error: "tokenUsed" });
  });

  test("verifying does not overwrite an earlier verification time", async () => {
    const user = await createUser();
    const before = (await getUserRow(user.id))!.emailVerifiedAt;
    const db = await getDb();
    const token = await issueToken(db, user.id, "verify_email");
    expect((await verifyEmail({ token })).ok).toBe(true);
    expect((await getUserRow(user.id))!.emailVerifiedAt).toEqual(before);
  });
});

describe("resendVerification", () => {
  test("mails a fresh working link to an unverified address", async () => {
    const user = await unverifiedUser();
    expect(await resendVerification({ input: { email: user.email.toUpperCase() }, baseUrl })).toEqual({ ok: true, data: undefined });
    const mail = await latestMail(user.email);
    expect(mail!.body).toContain(`${baseUrl}/ru/verify-email?token=`);
    expect((await verifyEmail({ token: tokenFromBody(mail!.body) })).ok).toBe(true);
  });

  test("answers the same for unknown and already verified addresses, and mails nothing", async () => {
    const verified = await createUser();
    const unknown = uniqueEmail("nobody");
    expect(await resendVerification({ input: { email: unknown }, baseUrl })).toEqual({ ok: true, data: undefined });
    expect(await resendVerification({ input: { email: verified.email }, baseUrl })).toEqual({ ok: true, data: undefined });
    expect(await mailsTo(unknown)).toHaveLength(0);
    expect(await mailsTo(verified.email)).toHaveLength(0);
  });

  test("sends at most five links an hour", async () => {
    const user = await unverifiedUser();
    for (let i = 0; i < 7; i++) await resendVerification({ input: { email: user.email }, baseUrl });
    expect(await mailsTo(user.email)).toHaveLength(5);
    // The newest link still works.
    expect((await verifyEmail({ token: await latestToken(user.email) })).ok).toBe(true);
  });

  test("a malformed address is a validation error", async () => {
    const result = await resendVerification({ input: { email: "nope" }, baseUrl });
    expect(result).toEqual({ ok: false, error: "invalid", fieldErrors: { email: "email" } });
  });
});

