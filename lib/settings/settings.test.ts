import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, platformSettings } from "@/db/schema";
import { registerUser } from "@/lib/accounts/register";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { approveUser } from "@/lib/users/mutations";
import { createOrganization, createUser, getUserRow, latestMail, setSetting, tableCounts, uniqueEmail, uniqueIp, type TestUser } from "@/test/factories";
import { updateSettings } from "./mutations";
import { getSettingsForAdmin, readSettings } from "./queries";

const ip = "10.4.4.4";
let admin: TestUser;

beforeAll(async () => {
  admin = await createUser({ roles: ["participant", "administrator"] });
});

async function current() {
  return readSettings(await getDb());
}

async function settingsAudit() {
  return (await getDb())
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, "settings.update"), eq(auditLog.targetType, "platform")))
    .orderBy(desc(auditLog.id));
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe("who may change the settings", () => {
  const callers: [string, () => Promise<Actor | null>, string][] = [
    ["a signed-out visitor", async () => null, "unauthenticated"],
    ["a participant", async () => (await createUser()).actor, "forbidden"],
    ["an expert", async () => (await createUser({ roles: ["participant", "expert"] })).actor, "forbidden"],
    ["a methodist", async () => (await createUser({ roles: ["participant", "methodist"] })).actor, "forbidden"],
    ["a blocked participant", async () => (await createUser({ status: "blocked" })).actor, "forbidden"],
  ];

  test.each(callers)("%s is refused (%s) and nothing is written", async (_name, make, code) => {
    const actor = await make();
    const before = await tableCounts();
    const settings = await current();
    expect(await refusal(updateSettings({ actor, input: { requireAccountApproval: !settings.requireAccountApproval }, ip }))).toBe(code);
    expect(await refusal(getSettingsForAdmin({ actor }))).toBe(code);
    expect(await tableCounts()).toEqual(before);
    expect(await current()).toEqual(settings);
  });

  test("an administrator reads and changes them", async () => {
    expect(await getSettingsForAdmin({ actor: admin.actor })).toEqual({ requireAccountApproval: false });
    expect(await updateSettings({ actor: admin.actor, input: { requireAccountApproval: true }, ip })).toEqual({ ok: true, data: undefined });
    expect(await getSettingsForAdmin({ actor: admin.actor })).toEqual({ requireAccountApproval: true });
    expect((await settingsAudit())[0]).toMatchObject({
      actorId: admin.id,
      ipAddress: ip,
      details: { before: { requireAccountApproval: false }, after: { requireAccountApproval: true } },
    });
    expect((await updateSettings({ actor: admin.actor, input: { requireAccountApproval: false }, ip })).ok).toBe(true);
    expect(await current()).toEqual({ requireAccountApproval: false });
  });
});

describe("updateSettings", () => {
  test.each<[string, unknown]>([
    ["the text “true”", { requireAccountApproval: "true" }],
    ["a number", { requireAccountApproval: 1 }],
    ["null", { requireAccountApproval: null }],
    ["a missing value", {}],
    ["not an object", "requireAccountApproval=true"],
  ])("%s is refused by the schema and nothing is written", async (_name, input) => {
    const before = { counts: await tableCounts(), rows: await (await getDb()).select().from(platformSettings) };
    const result = await updateSettings({ actor: admin.actor, input, ip });
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    expect({ counts: await tableCounts(), rows: await (await getDb()).select().from(platformSettings) }).toEqual(before);
  });

  test("unknown keys are dropped, not stored", async () => {
    expect((await updateSettings({ actor: admin.actor, input: { requireAccountApproval: true, superuser: "me" }, ip })).ok).toBe(true);
    const keys = (await (await getDb()).select({ key: platformSettings.key }).from(platformSettings)).map((r) => r.key);
    expect(keys).toEqual(["requireAccountApproval"]);
    await updateSettings({ actor: admin.actor, input: { requireAccountApproval: false }, ip });
  });

  test("saving the same values writes nothing", async () => {
    await updateSettings({ actor: admin.actor, input: { requireAccountApproval: true }, ip });
    const before = await tableCounts();
    const rows = await (await getDb()).select().from(platformSettings);
    expect((await updateSettings({ actor: admin.actor, input: { requireAccountApproval: true }, ip })).ok).toBe(true);
    expect(await tableCounts()).toEqual(before);
    expect(await (await getDb()).select().from(platformSettings)).toEqual(rows);
    await updateSettings({ actor: admin.actor, input: { requireAccountApproval: false }, ip });
  });

  test("a malformed stored value falls back to the default", async () => {
    await setSetting("requireAccountApproval", "yes");
    expect(await current()).toEqual({ requireAccountApproval: false });
    await setSetting("requireAccountApproval", false);
  });
});

describe("new accounts need approval when the setting is on", () => {
  test("a registration waits for an administrator, who approves it and mails the user", async () => {
    await updateSettings({ actor: admin.actor, input: { requireAccountApproval: true }, ip });
    const organization = await createOrganization();
    const email = uniqueEmail("approval");
    const registered = await registerUser({
      input: {
        fullName: "Калинина Оксана Викторовна",
        email,
        password: "Сосны-у-залива-1957",
        position: "учитель начальных классов",
        subjects: ["primary"],
        organizationId: organization.id,
        newOrganizationName: "",
        newOrganizationKind: "",
        newOrganizationMunicipality: "",
        acceptRules: true,
        acceptPersonalData: true,
        acceptProfileVisibility: false,
      },
      ip: uniqueIp(),
      locale: "ru",
      baseUrl: "http://metodset.test",
    });
    if (!registered.ok) throw new Error(JSON.stringify(registered));
    expect(registered.data.needsApproval).toBe(true);
    expect((await getUserRow(registered.data.userId))?.status).toBe("pending_approval");

    expect((await approveUser({ actor: admin.actor, input: { userId: registered.data.userId }, ip, baseUrl: "http://metodset.test" })).ok).toBe(true);
    expect((await getUserRow(registered.data.userId))?.status).toBe("active");
    expect((await latestMail(email))?.subject).toContain("подтверждена");

    await updateSettings({ actor: admin.actor, input: { requireAccountApproval: false }, ip });
  });
});
