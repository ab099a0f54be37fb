import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { outbox, type PlatformRole } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { createUser, type TestUser } from "@/test/factories";
import { getOutboxMail, listOutbox } from "./queries";

const minute = 60_000;
const start = Date.UTC(2026, 2, 1, 9, 0, 0);

let admin: TestUser;
let ids: string[] = [];

// Five mails a minute apart: the oldest first; one delivered and one failed.
beforeAll(async () => {
  admin = await createUser({ roles: ["participant", "administrator"] });
  const db = await getDb();
  const rows = await db
    .insert(outbox)
    .values(
      [0, 1, 2, 3, 4].map((i) => ({
        recipient: i === 4 ? "last@example.test" : `mail${i}@example.test`,
        subject: `Письмо ${i}`,
        body: `Текст ${i}: https://metodset.test/ru/verify-email?token=t${i}`,
        createdAt: new Date(start + i * minute),
        deliveredAt: i === 1 ? new Date(start + i * minute + 1000) : null,
        error: i === 2 ? "550 mailbox unavailable" : null,
      })),
    )
    .returning({ id: outbox.id });
  ids = rows.map((r) => r.id);
});

const refusedRoles: PlatformRole[][] = [[], ["participant"], ["expert"], ["methodist"], ["participant", "expert", "methodist"]];

describe("outbox queries: who may read", () => {
  test.each(refusedRoles.map((roles) => [roles.join("+") || "no roles", roles] as const))("%s gets forbidden", async (_name, roles) => {
    const user = await createUser({ roles });
    await expect(listOutbox({ actor: user.actor })).rejects.toThrow(new DomainError("forbidden"));
    await expect(getOutboxMail({ actor: user.actor, id: ids[0]! })).rejects.toThrow(new DomainError("forbidden"));
  });

  test("a guest gets unauthenticated", async () => {
    await expect(listOutbox({ actor: null })).rejects.toMatchObject({ name: "DomainError", code: "unauthenticated" });
    await expect(getOutboxMail({ actor: null, id: ids[0]! })).rejects.toMatchObject({ name: "DomainError", code: "unauthenticated" });
  });
});

describe("listOutbox", () => {
  test("an administrator gets the mails newest first with their status", async () => {
    const result = await listOutbox({ actor: admin.actor });
    expect(result.total).toBe(5);
    expect(result.pageCount).toBe(1);
    expect(result.items.map((m) => m.subject)).toEqual(["Письмо 4", "Письмо 3", "Письмо 2", "Письмо 1", "Письмо 0"]);
    expect(result.items.map((m) => m.status)).toEqual(["queued", "queued", "failed", "delivered", "queued"]);
    expect(result.items[0]).toEqual({ id: ids[4], recipient: "last@example.test", subject: "Письмо 4", createdAt: new Date(start + 4 * minute), status: "queued" });
    // The list is a view object: no bodies (links with tokens) in it.
    expect(result.items.every((m) => !("body" in m))).toBe(true);
  });

  test("pages hold pageSize mails and an out-of-range page is clamped", async () => {
    const first = await listOutbox({ actor: admin.actor, pageSize: 2 });
    const second = await listOutbox({ actor: admin.actor, pageSize: 2, page: 2 });
    const third = await listOutbox({ actor: admin.actor, pageSize: 2, page: 3 });
    expect([first.pageCount, first.page, second.page, third.page]).toEqual([3, 1, 2, 3]);
    expect([...first.items, ...second.items, ...third.items].map((m) => m.id)).toEqual([...ids].reverse());
    expect((await listOutbox({ actor: admin.actor, pageSize: 2, page: 99 })).page).toBe(3);
    expect((await listOutbox({ actor: admin.actor, pageSize: 2, page: -1 })).page).toBe(1);
    expect((await listOutbox({ actor: admin.actor, pageSize: 2, page: Number.NaN })).page).toBe(1);
  });

  test("narrows by part of the recipient; LIKE wildcards are taken literally", async () => {
    expect((await listOutbox({ actor: admin.actor, recipient: " LAST@" })).items.map((m) => m.recipient)).toEqual(["last@example.test"]);
    expect((await listOutbox({ actor: admin.actor, recipient: "%" })).total).toBe(0);
    expect((await listOutbox({ actor: admin.actor, recipient: "mail_@" })).total).toBe(0);
  });
});

describe("getOutboxMail", () => {
  test("an administrator gets the body, delivery time and error", async () => {
    const delivered = await getOutboxMail({ actor: admin.actor, id: ids[1]! });
    expect(delivered).toMatchObject({ subject: "Письмо 1", body: "Текст 1: https://metodset.test/ru/verify-email?token=t1", status: "delivered", error: null });
    expect(delivered.deliveredAt).toEqual(new Date(start + minute + 1000));
    expect(await getOutboxMail({ actor: admin.actor, id: ids[2]! })).toMatchObject({ status: "failed", error: "550 mailbox unavailable", deliveredAt: null });
  });

  test.each([
    ["unknown", "00000000-0000-4000-8000-000000000000"],
    ["malformed", "not-a-uuid"],
    ["SQL", "' or 1=1 --"],
    ["empty", ""],
  ])("an %s id is notFound", async (_name, id) => {
    await expect(getOutboxMail({ actor: admin.actor, id })).rejects.toMatchObject({ name: "DomainError", code: "notFound" });
  });
});
