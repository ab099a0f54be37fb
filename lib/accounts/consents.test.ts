import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, authTokens, consents, users } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { createUser, getUserRow, uniqueIp } from "@/test/factories";
import { consentVersions } from "./consent-documents";
import { acceptConsents, setProfileVisibility, withdrawPersonalDataConsent } from "./consents";
import { requestPasswordReset } from "./password-reset";
import { getPublicProfile, loadViewer } from "./queries";
import { authenticate } from "./sign-in";
import { issueToken } from "./tokens";

const published = { ...consentVersions };
afterEach(() => {
  Object.assign(consentVersions, published);
});

const accept = (acceptProfileVisibility = true) => ({ acceptRules: true, acceptPersonalData: true, acceptProfileVisibility });

async function openConsents(userId: string) {
  const db = await getDb();
  return db.select().from(consents).where(eq(consents.userId, userId));
}

describe("consent versions", () => {
  test("a user who accepted the current versions has nothing pending", async () => {
    const user = await createUser();
    expect((await loadViewer(user.id))!.pendingConsents).toEqual([]);
  });

  test.each(["rules", "personal_data"] as const)("a new version of %s is reported as pending; acceptConsents clears it", async (document) => {
    const user = await createUser();
    consentVersions[document] = "2027-03-01";
    expect((await loadViewer(user.id))!.pendingConsents).toEqual([document]);

    const ip = uniqueIp();
    expect(await acceptConsents({ actor: user.actor, input: accept(), ip })).toEqual({ ok: true, data: undefined });
    expect((await loadViewer(user.id))!.pendingConsents).toEqual([]);

    // The new acceptance is its own row, with version, time and address; the old one is kept.
    const rows = (await openConsents(user.id)).filter((r) => r.document === document);
    expect(rows.map((r) => r.version).sort()).toEqual([published[document], "2027-03-01"].sort());
    expect(rows.find((r) => r.version === "2027-03-01")).toMatchObject({ ipAddress: ip, withdrawnAt: null });
  });

  test("a new version of the optional visibility consent is not pending, but hides the profile until accepted", async () => {
    const user = await createUser();
    const member = await createUser();
    consentVersions.profile_visibility = "2027-03-01";
    expect((await loadViewer(user.id))!.pendingConsents).toEqual([]);
    await expect(getPublicProfile({ viewer: member.actor, userId: user.id })).rejects.toBeInstanceOf(DomainError);
    expect((await acceptConsents({ actor: user.actor, input: accept(true), ip: uniqueIp() })).ok).toBe(true);
    expect((await getPublicProfile({ viewer: member.actor, userId: user.id })).id).toBe(user.id);
  });

  test("accepting twice does not duplicate rows", async () => {
    const user = await createUser({ consents: [] });
    expect((await loadViewer(user.id))!.pendingConsents).toEqual(["rules", "personal_data"]);
    for (let i = 0; i < 2; i++) expect((await acceptConsents({ actor: user.actor, input: accept(), ip: uniqueIp() })).ok).toBe(true);
    expect((await openConsents(user.id)).map((r) => r.document).sort()).toEqual(["personal_data", "profile_visibility", "rules"]);
  });

  test("accepting without the visibility consent withdraws it", async () => {
    const user = await createUser();
    expect((await acceptConsents({ actor: user.actor, input: accept(false), ip: uniqueIp() })).ok).toBe(true);
    const visibility = (await openConsents(user.id)).filter((r) => r.document === "profile_visibility");
    expect(visibility).toHaveLength(1);
    expect(visibility[0]!.withdrawnAt).toBeInstanceOf(Date);
  });

  test.each([
    ["rules", { acceptRules: false, acceptPersonalData: true, acceptProfileVisibility: true }, "acceptRules"],
    ["personal data", { acceptRules: true, acceptPersonalData: false, acceptProfileVisibility: true }, "acceptPersonalData"],
  ])("refusing %s is a validation error and records nothing", async (_name, input, field) => {
    const user = await createUser({ consents: [] });
    const result = await acceptConsents({ actor: user.actor, input, ip: uniqueIp() });
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: "consentRequired" } });
    expect(await openConsents(user.id)).toEqual([]);
  });

  test("every consent action needs a signed-in user", async () => {
    await expect(acceptConsents({ actor: null, input: accept(), ip: "x" })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(setProfileVisibility({ actor: null, visible: true, ip: "x" })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(withdrawPersonalDataConsent({ actor: null, ip: "x" })).rejects.toMatchObject({ code: "unauthenticated" });
  });
});

describe("withdrawing consent to personal-data processing", () => {
  test("erases the account at once and records the erasure", async () => {
    const user = await createUser({ phone: "+7 901 234-56-78", about: "Люблю геометрию" });
    const before = await getUserRow(user.id);
    const db = await getDb();
    await issueToken(db, user.id, "reset_password");
    const ip = uniqueIp();

    expect(await withdrawPersonalDataConsent({ actor: user.actor, ip })).toEqual({ ok: true, data: undefined });

    const after = await getUserRow(user.id);
    expect(after).toMatchObject({
      status: "deleted",
      email: null,
      phone: null,
      passwordHash: null,
      fullName: "",
      position: "",
      about: "",
      subjects: [],
      organizationId: null,
    });
    expect(after!.deletedAt).toBeInstanceOf(Date);
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    // Nothing personal is left anywhere in the row.
    const json = JSON.stringify(after);
    for (const canary of [user.email, "234-56-78", user.fullName, "геометрию"]) expect(json).not.toContain(canary);

    const open = (await openConsents(user.id)).filter((r) => r.withdrawnAt === null);
    expect(open).toEqual([]);
    expect(await db.select().from(authTokens).where(eq(authTokens.userId, user.id))).toEqual([]);

    const audit = await db.select().from(auditLog).where(and(eq(auditLog.targetId, user.id), eq(auditLog.action, "user.erase")));
    expect(audit).toEqual([expect.objectContaining({ actorId: user.id, ipAddress: ip, details: { reason: "consentWithdrawn" } })]);

    expect(await authenticate({ input: { email: user.email, password: user.password }, ip: uniqueIp() })).toEqual({ ok: false, error: "invalidCredentials" });
    expect((await loadViewer(user.id))!.status).toBe("deleted");
  });

  test("the erased account no longer holds the address and gets no reset link", async () => {
    const user = await createUser();
    await withdrawPersonalDataConsent({ actor: user.actor, ip: uniqueIp() });
    await requestPasswordReset({ input: { email: user.email }, baseUrl: "http://metodset.test" });
    const db = await getDb();
    expect(await db.select().from(users).where(eq(users.email, user.email))).toEqual([]);
    expect(await db.select().from(authTokens).where(eq(authTokens.userId, user.id))).toEqual([]);
  });

  test("the audit log cannot be altered afterwards", async () => {
    const user = await createUser();
    await withdrawPersonalDataConsent({ actor: user.actor, ip: uniqueIp() });
    const db = await getDb();
    await expect(db.delete(auditLog).where(eq(auditLog.targetId, user.id))).rejects.toThrow();
    await expect(db.update(auditLog).set({ ipAddress: "0.0.0.0" }).where(eq(auditLog.targetId, user.id))).rejects.toThrow();
    expect(await db.select().from(auditLog).where(eq(auditLog.targetId, user.id))).toHaveLength(1);
  });
});
