import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, authTokens, consents, organizations, userRoles, users } from "@/db/schema";
import { clearSetting, createOrganization, createUser, latestMail, mailsTo, setSetting, tableCounts, tokenFromBody, uniqueEmail, uniqueIp } from "@/test/factories";
import { consentVersions } from "./consent-documents";
import { registerUser } from "./register";
import type { RegisterInput } from "./schemas";

// Lets one test break the mail step in the middle of the registration transaction.
const mailFault = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/mail/send", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/mail/send")>();
  return {
    ...original,
    queueMail: async (...args: Parameters<typeof original.queueMail>) => {
      if (mailFault.on) throw new Error("forced failure while queuing mail");
      return original.queueMail(...args);
    },
  };
});

const strongPassword = "Сосны-у-залива-1957";
const baseUrl = "http://metodset.test";
let orgId: string;

beforeAll(async () => {
  orgId = (await createOrganization({ name: "Гимназия № 1" })).id;
});

function input(overrides: Partial<RegisterInput> = {}): RegisterInput {
  return {
    fullName: "Петрова Анна Сергеевна",
    email: uniqueEmail("reg"),
    password: strongPassword,
    position: "учитель русского языка",
    subjects: ["russian", "literature"],
    organizationId: orgId,
    newOrganizationName: "",
    newOrganizationKind: "",
    newOrganizationMunicipality: "",
    acceptRules: true,
    acceptPersonalData: true,
    acceptProfileVisibility: true,
    timeZone: "Asia/Yekaterinburg",
    ...overrides,
  };
}

const register = (data: unknown, ip = uniqueIp(), locale = "ru") => registerUser({ input: data, ip, locale, baseUrl });

describe("registerUser", () => {
  test("writes the user, role, consents with version and address, and a verification mail", async () => {
    const data = input({ email: `  Anna.Petrova.${Date.now()}@Example.TEST ` });
    const email = data.email.trim().toLowerCase();
    const ip = uniqueIp();
    const result = await register(data, ip);
    expect(result).toEqual({ ok: true, data: { userId: expect.any(String), needsApproval: false } });
    if (!result.ok) return;
    const db = await getDb();

    const [user] = await db.select().from(users).where(eq(users.id, result.data.userId));
    expect(user).toMatchObject({
      email,
      fullName: "Петрова Анна Сергеевна",
      position: "учитель русского языка",
      subjects: ["russian", "literature"],
      organizationId: orgId,
      status: "active",
      emailVerifiedAt: null,
      timeZone: "Asia/Yekaterinburg",
      locale: "ru",
    });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user!.passwordHash).not.toContain(strongPassword);

    const roles = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, user!.id));
    expect(roles.map((r) => r.role)).toEqual(["participant"]);

    const rows = await db.select().from(consents).where(eq(consents.userId, user!.id));
    expect(rows.map((r) => r.document).sort()).toEqual(["personal_data", "profile_visibility", "rules"]);
    for (const row of rows) {
      expect(row.version).toBe(consentVersions[row.document]);
      expect(row.ipAddress).toBe(ip);
      expect(row.acceptedAt).toBeInstanceOf(Date);
      expect(row.withdrawnAt).toBeNull();
    }

    const mail = await latestMail(email);
    expect(mail).toBeDefined();
    expect(mail!.body).toContain(`${baseUrl}/ru/verify-email?token=`);
    const token = tokenFromBody(mail!.body);
    expect(token.length).toBeGreaterThanOrEqual(40);
    // Only a hash of the token is stored.
    const tokens = await db.select().from(authTokens).where(eq(authTokens.userId, user!.id));
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.purpose).toBe("verify_email");
    expect(tokens[0]!.tokenHash).not.toBe(token);

    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, user!.id));
    expect(audit).toEqual([expect.objectContaining({ action: "user.register", actorId: user!.id, ipAddress: ip })]);
  });

  test("without the optional profile-visibility consent only the two required ones are stored", async () => {
    const result = await register(input({ acceptProfileVisibility: false }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const db = await getDb();
    const rows = await db.select({ document: consents.document }).from(consents).where(eq(consents.userId, result.data.userId));
    expect(rows.map((r) => r.document).sort()).toEqual(["personal_data", "rules"]);
  });

  test("an English-speaking registrant gets the English mail and locale", async () => {
    const data = input();
    const result = await register(data, uniqueIp(), "en");
    expect(result.ok).toBe(true);
    const mail = await latestMail(data.email);
    expect(mail!.subject).toMatch(/Confirm your e-mail/);
    expect(mail!.body).toContain(`${baseUrl}/en/verify-email?token=`);
  });

  test("an unknown time zone falls back to Moscow", async () => {
    const result = await register(input({ timeZone: "Mars/Olympus_Mons" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const db = await getDb();
    const [user] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, result.data.userId));
    expect(user!.timeZone).toBe("Europe/Moscow");
  });

  test("requesting a new organization creates a pending one requested by the user", async () => {
    const result = await register(
      input({ organizationId: "", newOrganizationName: "МБОУ СОШ № 77", newOrganizationKind: "school", newOrganizationMunicipality: "г. Тольятти" }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.id, result.data.userId));
    const [org] = await db.select().from(organizations).where(eq(organizations.id, user!.organizationId!));
    expect(org).toMatchObject({ name: "МБОУ СОШ № 77", kind: "school", municipality: "г. Тольятти", status: "pending", requestedById: user!.id });
  });

  test("with the approval setting on, the account waits for approval", async () => {
    const db = await getDb();
    await setSetting("requireAccountApproval", true);
    try {
      const result = await register(input());
      expect(result).toEqual({ ok: true, data: { userId: expect.any(String), needsApproval: true } });
      if (!result.ok) return;
      const [user] = await db.select({ status: users.status }).from(users).where(eq(users.id, result.data.userId));
      expect(user!.status).toBe("pending_approval");
    } finally {
      await clearSetting("requireAccountApproval");
    }
  });

  test("a long strong password (64 and 128 characters) is accepted", async () => {
    const p64 = "Лодка-плывёт-по-реке-Каме-мимо-старой-пристани-в-1957-году-утром";
    expect(p64.length).toBe(64);
    expect((await register(input({ password: p64 }))).ok).toBe(true);
    const p128 = (p64 + p64.split("").reverse().join("")).slice(0, 128);
    expect((await register(input({ password: p128 }))).ok).toBe(true);
  });

  test("ten identical registrations at once create exactly one user", async () => {
    const data = input();
    const results = await Promise.all(Array.from({ length: 10 }, () => register(data)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(r).toEqual({ ok: false, error: "invalid", fieldErrors: { email: "emailTaken" } });
    const db = await getDb();
    const rows = await db.select({ id: users.id }).from(users).where(eq(users.email, data.email));
    expect(rows).toHaveLength(1);
    const roles = await db.select().from(userRoles).where(eq(userRoles.userId, rows[0]!.id));
    expect(roles).toHaveLength(1);
    const mails = await mailsTo(data.email);
    expect(mails).toHaveLength(1);
  });

  describe("refusals write nothing", () => {
    const long = (n: number) => "а".repeat(n);
    let takenEmail: string;

    beforeAll(async () => {
      takenEmail = (await createUser({ email: uniqueEmail("Taken") })).email;
    });

    const cases: [string, () => Partial<RegisterInput> | Record<string, unknown>, string, string][] = [
      ["taken e-mail", () => ({ email: takenEmail }), "email", "emailTaken"],
      ["taken e-mail in another case", () => ({ email: takenEmail.toUpperCase() }), "email", "emailTaken"],
      ["taken e-mail with spaces", () => ({ email: `  ${takenEmail}  ` }), "email", "emailTaken"],
      ["common password password123", () => ({ password: "password123" }), "password", "passwordWeak"],
      ["keyboard pattern qwertyuiop", () => ({ password: "qwertyuiop" }), "password", "passwordWeak"],
      ["repeated characters", () => ({ password: "aaaaaaaaaaaa" }), "password", "passwordWeak"],
      ["password built from the e-mail", () => ({ email: "svetlana.kuznetsova@example.test", password: "svetlana.kuznetsova" }), "password", "passwordWeak"],
      ["password of 7 characters", () => ({ password: "Жq7#Lm2" }), "password", "passwordTooShort"],
      ["password of 129 characters", () => ({ password: `Ы${"x9!Kq".repeat(26)}`.slice(0, 129) }), "password", "passwordTooLong"],
      ["empty password", () => ({ password: "" }), "password", "passwordTooShort"],
      ["rules not accepted", () => ({ acceptRules: false }), "acceptRules", "consentRequired"],
      ["rules consent missing", () => ({ acceptRules: undefined }), "acceptRules", "consentRequired"],
      ["personal data not accepted", () => ({ acceptPersonalData: false }), "acceptPersonalData", "consentRequired"],
      ["personal data consent missing", () => ({ acceptPersonalData: undefined }), "acceptPersonalData", "consentRequired"],
      ["personal data consent as a string", () => ({ acceptPersonalData: "true" }), "acceptPersonalData", "consentRequired"],
      ["full name of 201 characters", () => ({ fullName: long(201) }), "fullName", "tooLong"],
      ["empty full name", () => ({ fullName: "   " }), "fullName", "required"],
      ["position of 201 characters", () => ({ position: long(201) }), "position", "tooLong"],
      ["empty position", () => ({ position: "" }), "position", "required"],
      ["e-mail of 255 characters", () => ({ email: `${"a".repeat(243)}@example.test` }), "email", "tooLong"],
      ["malformed e-mail", () => ({ email: "not-an-email" }), "email", "email"],
      ["unknown subject", () => ({ subjects: ["astrology"] }), "subjects.0", "invalid"],
      ["too many subjects", () => ({ subjects: Array(11).fill("mathematics") }), "subjects", "tooMany"],
      ["new organization name of 301 characters", () => ({ organizationId: "", newOrganizationName: long(301), newOrganizationKind: "school", newOrganizationMunicipality: "Самара" }), "newOrganizationName", "tooLong"],
      ["new organization municipality of 201 characters", () => ({ organizationId: "", newOrganizationName: "Школа № 5", newOrganizationKind: "school", newOrganizationMunicipality: long(201) }), "newOrganizationMunicipality", "tooLong"],
      ["no organization at all", () => ({ organizationId: "" }), "newOrganizationName", "organizationRequired"],
      ["new organization of an unknown kind", () => ({ organizationId: "", newOrganizationName: "Школа № 5", newOrganizationKind: "university", newOrganizationMunicipality: "Самара" }), "newOrganizationKind", "invalid"],
      ["organization id that is not a uuid", () => ({ organizationId: "1; drop table users" }), "organizationId", "organizationUnknown"],
      ["unknown organization uuid", () => ({ organizationId: "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b" }), "organizationId", "organizationUnknown"],
      ["pending organization", () => ({ organizationId: pendingOrgId }), "organizationId", "organizationUnknown"],
    ];
    let pendingOrgId: string;
    beforeAll(async () => {
      pendingOrgId = (await createOrganization({ status: "pending" })).id;
    });

    test.each(cases)("%s", async (_name, overrides, field, message) => {
      const data = { ...input(), ...overrides() };
      const before = await tableCounts();
      const result = await register(data);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toBe("invalid");
      expect(result.fieldErrors?.[field]).toBe(message);
      expect(await tableCounts()).toEqual(before);
    });

    test("input that is not an object at all", async () => {
      const before = await tableCounts();
      for (const junk of [null, undefined, "x", 42, [], { __proto__: { email: "x@y.z" } }]) {
        const result = await register(junk);
        expect(result.ok).toBe(false);
      }
      expect(await tableCounts()).toEqual(before);
    });

    test("an error in the middle of the transaction leaves nothing behind", async () => {
      const data = input();
      const before = await tableCounts();
      mailFault.on = true;
      try {
        await expect(register(data)).rejects.toThrow(/forced failure/);
      } finally {
        mailFault.on = false;
      }
      expect(await tableCounts()).toEqual(before);
      // And the same registration then succeeds: no half-written row holds the e-mail.
      expect((await register(data)).ok).toBe(true);
    });
  });
});
