import { describe, expect, test } from "vitest";
import type { PlatformRole } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { platformRoles } from "@/lib/reference/roles";
import { assertCan, can, permissions, type Actor, type Permission } from "./permissions";

// The expected table, written out by hand: a change to permissions.ts must be mirrored here.
// `satisfies Record<Permission, …>` makes a newly added permission a type error until it is listed.
const expected = {
  "users.manage": ["administrator"],
  "users.viewConsents": ["administrator"],
  "organizations.manage": ["administrator"],
  "settings.manage": ["administrator"],
  "outbox.read": ["administrator"],
  "audit.read": ["administrator"],
  "dashboard.view": ["methodist", "administrator"],
  "communities.manage": ["administrator"],
  "communities.oversee": ["methodist", "administrator"],
  "materials.assignExperts": ["methodist", "administrator"],
  "materials.review": ["expert"],
  "materials.moderate": ["administrator"],
  "materials.rubric": ["administrator"],
  "events.platform": ["administrator"],
  "events.certificates": ["administrator"],
} satisfies Record<Permission, readonly PlatformRole[]>;

const actor = (...roles: PlatformRole[]): Actor => ({ id: "00000000-0000-4000-8000-000000000001", roles });

describe("permissions table", () => {
  test("lists exactly the expected permissions", () => {
    expect(Object.keys(permissions).sort()).toEqual(Object.keys(expected).sort());
  });

  const matrix = (Object.keys(expected) as Permission[]).flatMap((permission) =>
    platformRoles.map((role) => [permission, role, (expected[permission] as readonly string[]).includes(role)] as const),
  );

  test.each(matrix)("%s for %s → %s", (permission, role, allowed) => {
    expect(can(actor(role), permission)).toBe(allowed);
    if (allowed) expect(() => assertCan(actor(role), permission)).not.toThrow();
    else expect(() => assertCan(actor(role), permission)).toThrow(new DomainError("forbidden"));
  });

  test.each(Object.keys(expected) as Permission[])("%s: a guest is unauthenticated, a user without roles is forbidden", (permission) => {
    expect(can(null, permission)).toBe(false);
    expect(can(undefined, permission)).toBe(false);
    expect(can(actor(), permission)).toBe(false);
    const thrown = (a: Actor | null) => {
      try {
        assertCan(a, permission);
      } catch (error) {
        return error;
      }
    };
    expect(thrown(null)).toMatchObject({ name: "DomainError", code: "unauthenticated" });
    expect(thrown(actor())).toMatchObject({ name: "DomainError", code: "forbidden" });
  });

  test("any one allowed role among several is enough", () => {
    expect(can(actor("participant", "methodist"), "dashboard.view")).toBe(true);
    expect(can(actor("participant", "expert", "methodist"), "users.manage")).toBe(false);
  });

  test("an unknown role string grants nothing", () => {
    expect(can({ id: "x", roles: ["root" as PlatformRole] }, "users.manage")).toBe(false);
  });
});
