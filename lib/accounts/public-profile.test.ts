import { describe, expect, test } from "vitest";
import { DomainError } from "@/lib/errors";
import { createOrganization, createUser } from "@/test/factories";
import { getPublicProfile } from "./queries";

describe("getPublicProfile", () => {
  test("a malformed id is simply not found", async () => {
    const viewer = await createUser();
    await expect(getPublicProfile({ viewer: viewer.actor, userId: "not-a-uuid" })).rejects.toEqual(new DomainError("notFound"));
    await expect(getPublicProfile({ viewer: null, userId: "'; drop table users; --" })).rejects.toBeInstanceOf(DomainError);
  });

  test("shows the organization only once an administrator approved it", async () => {
    const viewer = await createUser();
    const requested = await createOrganization({ status: "pending" });
    const user = await createUser({ organizationId: requested.id });
    expect((await getPublicProfile({ viewer: viewer.actor, userId: user.id })).organization).toBeNull();

    const approved = await createOrganization();
    const colleague = await createUser({ organizationId: approved.id });
    expect((await getPublicProfile({ viewer: viewer.actor, userId: colleague.id })).organization).toEqual({ id: approved.id, name: approved.name });
  });

  test("never carries contacts", async () => {
    const viewer = await createUser();
    const user = await createUser({ phone: "+7 912 345-67-89" });
    const profile = await getPublicProfile({ viewer: viewer.actor, userId: user.id });
    expect(JSON.stringify(profile)).not.toContain(user.email);
    expect(JSON.stringify(profile)).not.toContain("345-67");
  });
});
