import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { createOrganization, createUser, getUserRow, uniqueEmail, type TestUser } from "@/test/factories";
import { setProfileVisibility } from "./consents";
import { updateProfile } from "./profile";
import { getOwnProfile, getPublicProfile } from "./queries";
import type { ProfileInput } from "./schemas";

let orgId: string;
let me: TestUser;

beforeAll(async () => {
  orgId = (await createOrganization({ name: "Лицей № 3" })).id;
  me = await createUser();
});

function profile(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    fullName: "Сидоров Игорь Петрович",
    position: "учитель физики",
    subjects: ["physics", "informatics"],
    organizationId: orgId,
    phone: "+7 (846) 123-45-67",
    about: "Веду робототехнику.",
    timeZone: "Europe/Samara",
    locale: "en",
    ...overrides,
  };
}

async function expectDomainError(promise: Promise<unknown>, code: DomainError["code"]) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
}

describe("updateProfile", () => {
  test("updates the caller's own profile and nobody else's", async () => {
    const other = await createUser();
    const otherBefore = await getUserRow(other.id);
    expect(await updateProfile({ actor: me.actor, input: profile() })).toEqual({ ok: true, data: undefined });
    expect(await getUserRow(me.id)).toMatchObject({
      fullName: "Сидоров Игорь Петрович",
      position: "учитель физики",
      subjects: ["physics", "informatics"],
      organizationId: orgId,
      phone: "+7 (846) 123-45-67",
      about: "Веду робототехнику.",
      timeZone: "Europe/Samara",
      locale: "en",
      email: me.email,
    });
    expect(await getUserRow(other.id)).toEqual(otherBefore);
  });

  test("an empty phone and organization are stored as null", async () => {
    const user = await createUser({ phone: "+7 900 000-00-00" });
    expect((await updateProfile({ actor: user.actor, input: profile({ phone: "", organizationId: "" }) })).ok).toBe(true);
    expect(await getUserRow(user.id)).toMatchObject({ phone: null, organizationId: null });
  });

  test("a pending organization the user requested stays selectable; someone else's is refused", async () => {
    const user = await createUser({ organizationId: null });
    const mine = await createOrganization({ status: "pending", requestedById: user.id });
    const theirs = await createOrganization({ status: "pending" });
    await (await getDb()).update(users).set({ organizationId: mine.id }).where(eq(users.id, user.id));
    expect((await updateProfile({ actor: user.actor, input: profile({ organizationId: mine.id }) })).ok).toBe(true);
    expect(await updateProfile({ actor: user.actor, input: profile({ organizationId: theirs.id }) })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { organizationId: "organizationUnknown" },
    });
  });

  test.each<[string, Record<string, unknown>, string, string]>([
    ["unknown time zone", { timeZone: "Mars/Olympus_Mons" }, "timeZone", "timeZoneUnknown"],
    ["empty time zone", { timeZone: "" }, "timeZone", "required"],
    ["unknown organization uuid", { organizationId: "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b" }, "organizationId", "organizationUnknown"],
    ["organization id that is not a uuid", { organizationId: "42" }, "organizationId", "organizationUnknown"],
    ["letters in the phone", { phone: "позвоните мне" }, "phone", "phone"],
    ["phone of 33 characters", { phone: "1".repeat(33) }, "phone", "tooLong"],
    ["about of 2001 characters", { about: "я".repeat(2001) }, "about", "tooLong"],
    ["full name of 201 characters", { fullName: "я".repeat(201) }, "fullName", "tooLong"],
    ["one-letter full name", { fullName: "Я" }, "fullName", "required"],
    ["unknown locale", { locale: "de" }, "locale", "invalid"],
    ["unknown subject", { subjects: ["alchemy"] }, "subjects.0", "invalid"],
  ])("%s is refused and nothing changes", async (_name, overrides, field, message) => {
    const user = await createUser();
    const before = await getUserRow(user.id);
    const result = await updateProfile({ actor: user.actor, input: { ...profile(), ...overrides } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.[field]).toBe(message);
    expect(await getUserRow(user.id)).toEqual(before);
  });

  test("without a signed-in user it throws unauthenticated", async () => {
    await expectDomainError(updateProfile({ actor: null, input: profile() }), "unauthenticated");
  });

  test("a blocked user's profile is not changed", async () => {
    const blocked = await createUser({ status: "blocked" });
    const before = await getUserRow(blocked.id);
    await updateProfile({ actor: blocked.actor, input: profile({ fullName: "Новое Имя" }) });
    expect((await getUserRow(blocked.id))!.fullName).toBe(before!.fullName);
  });
});

describe("getOwnProfile", () => {
  test("shows the user their own contacts", async () => {
    const user = await createUser({ phone: "+7 999 555-44-33" });
    const own = await getOwnProfile({ actor: user.actor });
    expect(own).toMatchObject({ id: user.id, email: user.email, phone: "+7 999 555-44-33", profileVisible: true });
    expect(JSON.stringify(own)).not.toMatch(/argon2/);
  });

  test("without a signed-in user it throws unauthenticated", async () => {
    await expectDomainError(getOwnProfile({ actor: null }), "unauthenticated");
  });
});

describe("getPublicProfile", () => {
  const canaryEmail = uniqueEmail("canary-contact");
  const canaryPhone = "+7 913 777-66-55";
  let subject: TestUser;
  let hidden: TestUser;
  let member: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    subject = await createUser({ email: canaryEmail, phone: canaryPhone, about: "Открытый профиль", roles: ["participant", "expert"] });
    hidden = await createUser({ phone: "+7 913 000-11-22", consents: ["rules", "personal_data"] });
    member = await createUser();
    admin = await createUser({ roles: ["participant", "administrator"] });
  });

  test.each(["self", "member", "administrator", "guest"] as const)("as %s: public fields only, never contacts or the password hash", async (who) => {
    const viewer = { self: subject.actor, member: member.actor, administrator: admin.actor, guest: null }[who];
    const result = await getPublicProfile({ viewer, userId: subject.id });
    expect(result).toMatchObject({ id: subject.id, fullName: subject.fullName, about: "Открытый профиль", deleted: false });
    expect(result.roles.sort()).toEqual(["expert", "participant"]);
    const row = await getUserRow(subject.id);
    const json = JSON.stringify(result);
    for (const canary of [canaryEmail, canaryPhone, "777-66-55", row!.passwordHash!, "argon2", "passwordHash", "email", "phone", "sessionVersion"]) {
      expect(json).not.toContain(canary);
    }
    expect(Object.keys(result).sort()).toEqual(["about", "deleted", "fullName", "id", "memberSince", "organization", "position", "roles", "subjects"]);
  });

  test.each([
    ["another member", (): Actor | null => member.actor, "hidden"],
    ["a guest", (): Actor | null => null, "hidden"],
    ["the user", (): Actor | null => hidden.actor, "visible"],
    ["an administrator", (): Actor | null => admin.actor, "visible"],
  ] as const)("without the visibility consent, %s sees it %s", async (_name, viewer, expected) => {
    const promise = getPublicProfile({ viewer: viewer(), userId: hidden.id });
    if (expected === "hidden") await expectDomainError(promise, "notFound");
    else expect((await promise).id).toBe(hidden.id);
  });

  test("a withdrawn visibility consent hides the profile again", async () => {
    const user = await createUser();
    expect((await getPublicProfile({ viewer: member.actor, userId: user.id })).id).toBe(user.id);
    expect((await setProfileVisibility({ actor: user.actor, visible: false, ip: "10.0.0.1" })).ok).toBe(true);
    await expectDomainError(getPublicProfile({ viewer: member.actor, userId: user.id }), "notFound");
    expect((await setProfileVisibility({ actor: user.actor, visible: true, ip: "10.0.0.1" })).ok).toBe(true);
    expect((await getPublicProfile({ viewer: member.actor, userId: user.id })).id).toBe(user.id);
  });

  test.each(["blocked", "pending_approval", "deleted"] as const)("a %s user is hidden from members but not from administrators", async (status) => {
    const user = await createUser({ status });
    await expectDomainError(getPublicProfile({ viewer: member.actor, userId: user.id }), "notFound");
    expect((await getPublicProfile({ viewer: admin.actor, userId: user.id })).id).toBe(user.id);
  });

  test("an unknown id is notFound", async () => {
    await expectDomainError(getPublicProfile({ viewer: admin.actor, userId: "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b" }), "notFound");
  });
});
