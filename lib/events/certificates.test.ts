import { inflateSync } from "node:zlib";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { activityLog, certificates, eventRegistrations, eventSpeakers, notifications } from "@/db/schema";
import { communityWithRoles, organizerOutcomes, outcome, type RoleName, type RoleWorld } from "@/test/community-roles";
import { createEventRow } from "@/test/event-factories";
import { createUser, latestMail, tableCounts } from "@/test/factories";
import { certificatePdf, eventDates, verificationUrl } from "./certificate-pdf";
import { certificateForDownload, eventCertificates, issueCertificates, issueWinnerCertificates, myCertificates, newCertificateNumber, normaliseCertificateNumber, revokeCertificate, verifyCertificate } from "./certificates";

const baseUrl = "https://metodset.example";
const hour = 3_600_000;
let world: RoleWorld;

beforeAll(async () => {
  world = await communityWithRoles();
});

/** A past webinar of the community (2 academic hours) with people marked present, absent, waiting, and speakers. */
async function pastEvent(options: Parameters<typeof createEventRow>[0] = {}) {
  const db = await getDb();
  const event = await createEventRow({ communityId: world.community.id, startsAt: new Date(Date.now() - 3 * hour), hours: "2", ...options });
  const [present, absent, waiting] = await Promise.all([createUser({ fullName: "Ёлкина Анна Сергеевна" }), createUser({ fullName: "Отсутствовал" }), createUser({ fullName: "Ждал" })]);
  await db.insert(eventRegistrations).values([
    { eventId: event.id, userId: present.id, status: "registered", attended: true },
    { eventId: event.id, userId: absent.id, status: "registered", attended: false },
    { eventId: event.id, userId: waiting.id, status: "waitlisted" },
  ]);
  const speaker = world.users.moderatorHere;
  await db.insert(eventSpeakers).values([
    { eventId: event.id, position: 0, userId: speaker.id, name: speaker.fullName },
    { eventId: event.id, position: 1, userId: null, name: "Гость без учётной записи" },
  ]);
  return { event, present, absent, waiting, speaker };
}

/** The DomainError code a read throws, or "ok". */
function refusal(read: () => Promise<unknown>) {
  return outcome(async () => (await read(), { ok: true }));
}

async function certificatesOf(eventId: string) {
  const db = await getDb();
  return db.select().from(certificates).where(eq(certificates.eventId, eventId));
}

describe("certificate numbers", () => {
  test("are MS-<year>-XXXX-XXXX in Crockford's base32, and differ", () => {
    const numbers = Array.from({ length: 200 }, () => newCertificateNumber(new Date("2026-03-01T00:00:00Z")));
    for (const n of numbers) expect(n).toMatch(/^MS-2026-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(numbers).size).toBe(200);
  });

  test.each([
    ["MS-2026-7KQ3-M9ZD", "MS-2026-7KQ3-M9ZD"],
    ["  ms-2026-7kq3-m9zd \n", "MS-2026-7KQ3-M9ZD"],
    ["MS-2026-7KQ3–M9ZD", "MS-2026-7KQ3-M9ZD"],
    ["MS-2026-OKQ3-M9ZL", "MS-2026-0KQ3-M9Z1"],
    ["MS-2026-7KQ3-M9Z", null],
    ["MS-2026-7KQU-M9ZD", null],
    ["XX-2026-7KQ3-M9ZD", null],
    ["'; drop table certificates; --", null],
    ["", null],
  ])("%j reads as %j", (input, expected) => {
    expect(normaliseCertificateNumber(input)).toBe(expected);
  });
});

describe("issueCertificates", () => {
  test("issues to those present and registered speakers, tells them, logs it with the community id; again adds nothing", async () => {
    const { event, present, absent, waiting, speaker } = await pastEvent();
    const result = await issueCertificates({ actor: world.users.leader.actor, eventId: event.id, baseUrl });
    expect(result).toEqual({ ok: true, data: { issued: 2, alreadyHad: 0 } });

    const rows = await certificatesOf(event.id);
    expect(rows.map((r) => [r.userId, r.role, r.fullName, r.eventTitle, r.hours]).sort()).toEqual(
      [
        [present.id, "participant", "Ёлкина Анна Сергеевна", event.title, "2.0"],
        [speaker.id, "speaker", speaker.fullName, event.title, "2.0"],
      ].sort(),
    );
    expect(rows.every((r) => /^MS-\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/.test(r.number) && r.issuedById === world.users.leader.id)).toBe(true);
    expect(rows.some((r) => r.userId === absent.id || r.userId === waiting.id)).toBe(false);

    const db = await getDb();
    const bell = await db.select().from(notifications).where(and(eq(notifications.userId, present.id), eq(notifications.kind, "event.certificateIssued")));
    expect(bell).toHaveLength(1);
    expect(bell[0]).toMatchObject({ params: { title: event.title }, link: "/profile#certificates", communityId: world.community.id });
    expect((await latestMail(present.email))?.body).toContain(`${baseUrl}/ru/profile#certificates`);
    const logged = await db.select().from(activityLog).where(and(eq(activityLog.objectId, event.id), eq(activityLog.verb, "event.certificates_issued")));
    expect(logged).toEqual([expect.objectContaining({ actorId: world.users.leader.id, objectType: "event", communityId: world.community.id })]);

    // Attendance marked later: only the missing one is added; the others keep their numbers.
    await db.update(eventRegistrations).set({ attended: true }).where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.userId, absent.id)));
    expect(await issueCertificates({ actor: world.users.moderatorHere.actor, eventId: event.id, baseUrl })).toEqual({ ok: true, data: { issued: 1, alreadyHad: 2 } });
    const after = await certificatesOf(event.id);
    expect(after.filter((r) => rows.some((x) => x.id === r.id)).map((r) => r.number).sort()).toEqual(rows.map((r) => r.number).sort());

    const before = await tableCounts();
    expect(await issueCertificates({ actor: world.users.leader.actor, eventId: event.id, baseUrl })).toEqual({ ok: true, data: { issued: 0, alreadyHad: 3 } });
    expect(await tableCounts()).toEqual(before);
  });

  test("the same bulk issue fired five times at once writes each certificate once", async () => {
    const { event } = await pastEvent();
    const results = await Promise.all(Array.from({ length: 5 }, () => issueCertificates({ actor: world.users.leader.actor, eventId: event.id, baseUrl })));
    expect(results.map((r) => (r.ok ? r.data.issued : -1)).sort()).toEqual([0, 0, 0, 0, 2]);
    expect(await certificatesOf(event.id)).toHaveLength(2);
  });

  test.each(organizerOutcomes)("%s → %s", async (role, expected) => {
    const { event } = await pastEvent();
    const before = expected === "ok" ? null : await tableCounts();
    expect(await outcome(() => issueCertificates({ actor: world.actor(role), eventId: event.id, baseUrl }))).toBe(expected);
    if (before) expect(await tableCounts()).toEqual(before);
  });

  test.each([
    ["before the start", { startsAt: new Date(Date.now() + hour) }, "notStartedYet"],
    ["for a cancelled event", { status: "cancelled" as const, cancelReason: "Болезнь ведущего" }, "eventCancelled"],
  ])("refuses %s, writing nothing", async (_, options, error) => {
    const { event } = await pastEvent(options);
    const before = await tableCounts();
    expect(await issueCertificates({ actor: world.users.leader.actor, eventId: event.id, baseUrl })).toEqual({ ok: false, error });
    expect(await tableCounts()).toEqual(before);
  });

  test("nobody present and no registered speaker: noRecipients; a malformed or unknown id: not found", async () => {
    const event = await createEventRow({ communityId: world.community.id, startsAt: new Date(Date.now() - hour) });
    expect(await issueCertificates({ actor: world.users.leader.actor, eventId: event.id, baseUrl })).toEqual({ ok: false, error: "noRecipients" });
    expect(await outcome(() => issueCertificates({ actor: world.users.leader.actor, eventId: "MS-2026", baseUrl }))).toBe("notFound");
    expect(await outcome(() => issueCertificates({ actor: world.users.leader.actor, eventId: "00000000-0000-4000-8000-000000000000", baseUrl }))).toBe("notFound");
  });
});

describe("issueWinnerCertificates", () => {
  test("issues winners' certificates with their place inside the caller's transaction; organizers only", async () => {
    const { event, present, absent } = await pastEvent({ form: "contest" });
    const db = await getDb();
    const winners = [
      { userId: present.id, place: 1 },
      { userId: absent.id, place: 2 },
    ];
    expect(await outcome(() => db.transaction((tx) => issueWinnerCertificates(tx, world.users.member.actor, event.id, winners, baseUrl)))).toBe("forbidden");
    expect(await db.transaction((tx) => issueWinnerCertificates(tx, world.users.leader.actor, event.id, [{ userId: present.id, place: 0 }], baseUrl))).toEqual({ ok: false, error: "invalid" });
    expect(await db.transaction((tx) => issueWinnerCertificates(tx, world.users.leader.actor, event.id, winners, baseUrl))).toEqual({ ok: true, data: { issued: 2, alreadyHad: 0 } });
    expect(await db.transaction((tx) => issueWinnerCertificates(tx, world.users.leader.actor, event.id, winners, baseUrl))).toEqual({ ok: true, data: { issued: 0, alreadyHad: 2 } });
    const rows = await certificatesOf(event.id);
    expect(rows.map((r) => [r.userId, r.role, r.place]).sort()).toEqual(
      [
        [present.id, "winner", 1],
        [absent.id, "winner", 2],
      ].sort(),
    );
    // A winner still gets the participant's certificate from the bulk issue.
    expect(await issueCertificates({ actor: world.users.leader.actor, eventId: event.id, baseUrl })).toEqual({ ok: true, data: { issued: 2, alreadyHad: 0 } });
  });
});

describe("verifyCertificate", () => {
  test("shows what is printed and nothing personal beyond the name; typed loosely it is still found", async () => {
    const { event, present } = await pastEvent();
    await issueCertificates({ actor: world.users.leader.actor, eventId: event.id, baseUrl });
    const [own] = await myCertificates({ actor: present.actor });
    const check = await verifyCertificate(` ${own!.number.toLowerCase()} `);
    expect(check).toEqual({
      found: true,
      number: own!.number,
      fullName: "Ёлкина Анна Сергеевна",
      eventTitle: event.title,
      role: "participant",
      hours: 2,
      place: null,
      issuedAt: own!.issuedAt,
      revoked: false,
      event: { startsAt: event.startsAt, endsAt: event.endsAt, timeZone: event.timeZone, allDay: false },
      communityName: world.community.name,
    });
    expect(JSON.stringify(check)).not.toContain(present.email);
    expect(JSON.stringify(check)).not.toContain(present.id);

    const db = await getDb();
    await db.update(certificates).set({ revokedAt: new Date() }).where(eq(certificates.number, own!.number));
    expect(await verifyCertificate(own!.number)).toMatchObject({ found: true, revoked: true });
  });

  test.each([["MS-2026-0000-0000"], ["MS-2026-7KQ3"], ["<script>alert(1)</script>"], [""]])("a forged or malformed number %j is not found", async (number) => {
    expect(await verifyCertificate(number)).toMatchObject({ found: false });
  });
});

describe("downloads and lists", () => {
  test("the holder, the event's organizers and administrators may download; anyone else is told it does not exist", async () => {
    const { event, present, absent } = await pastEvent();
    await issueCertificates({ actor: world.users.leader.actor, eventId: event.id, baseUrl });
    const [own] = await myCertificates({ actor: present.actor });
    for (const actor of [present.actor, world.users.leader.actor, world.users.moderatorHere.actor, world.users.administrator.actor]) {
      expect(await certificateForDownload({ actor, id: own!.id })).toMatchObject({ number: own!.number, fullName: "Ёлкина Анна Сергеевна", form: "webinar", communityName: world.community.name });
    }
    for (const actor of [absent.actor, world.users.member.actor, world.users.methodist.actor, world.users.moderatorElsewhere.actor]) {
      expect(await refusal(() => certificateForDownload({ actor, id: own!.id }))).toBe("notFound");
    }
    expect(await refusal(() => certificateForDownload({ actor: null, id: own!.id }))).toBe("unauthenticated");
    expect(await refusal(() => certificateForDownload({ actor: present.actor, id: "not-an-id" }))).toBe("notFound");

    expect(await myCertificates({ actor: absent.actor })).toEqual([]);
    expect((await eventCertificates({ actor: world.users.leader.actor, eventId: event.id })).map((c) => c.role).sort()).toEqual(["participant", "speaker"]);
    expect(await refusal(() => eventCertificates({ actor: present.actor, eventId: event.id }))).toBe("forbidden");
  });
});

describe("revokeCertificate", () => {
  /** A past event with its certificates issued, and the participant's one. */
  async function issued() {
    const made = await pastEvent();
    await issueCertificates({ actor: world.users.leader.actor, eventId: made.event.id, baseUrl });
    const [own] = await myCertificates({ actor: made.present.actor });
    return { ...made, own: own! };
  }

  test("revokes with a reason: the public check, both lists and the PDF say so; the holder is told; logged with the community id; re-issuing does not bring it back", async () => {
    const { event, present, own } = await issued();
    const reason = "  Выдан по ошибке: не присутствовала  ";
    expect(await revokeCertificate({ actor: world.users.moderatorHere.actor, eventId: event.id, input: { certificateId: own.id, reason } })).toEqual({ ok: true, data: undefined });

    expect(await verifyCertificate(own.number)).toMatchObject({ found: true, revoked: true });
    expect((await myCertificates({ actor: present.actor })).map((c) => c.revoked)).toEqual([true]);
    expect((await eventCertificates({ actor: world.users.leader.actor, eventId: event.id })).find((c) => c.id === own.id)).toMatchObject({ revoked: true });
    for (const actor of [present.actor, world.users.leader.actor]) expect(await refusal(() => certificateForDownload({ actor, id: own.id }))).toBe("notFound");

    const db = await getDb();
    const bell = await db.select().from(notifications).where(and(eq(notifications.userId, present.id), eq(notifications.kind, "event.certificateRevoked")));
    expect(bell).toEqual([expect.objectContaining({ params: { title: event.title, number: own.number, reason: reason.trim() }, link: "/profile#certificates", communityId: world.community.id })]);
    const logged = await db.select().from(activityLog).where(and(eq(activityLog.objectId, own.id), eq(activityLog.verb, "event.certificate_revoked")));
    expect(logged).toEqual([expect.objectContaining({ actorId: world.users.moderatorHere.id, objectType: "certificate", communityId: world.community.id })]);

    // Issuing again counts the revoked one as already had and leaves it revoked, with its number.
    expect(await issueCertificates({ actor: world.users.leader.actor, eventId: event.id, baseUrl })).toEqual({ ok: true, data: { issued: 0, alreadyHad: 2 } });
    expect(await myCertificates({ actor: present.actor })).toEqual([expect.objectContaining({ id: own.id, number: own.number, revoked: true })]);

    // Twice: refused, nothing written.
    const before = await tableCounts();
    expect(await revokeCertificate({ actor: world.users.leader.actor, eventId: event.id, input: { certificateId: own.id, reason: "Ещё раз" } })).toEqual({ ok: false, error: "alreadyRevoked" });
    expect(await tableCounts()).toEqual(before);
  });

  test.each<[RoleName | "holder", string]>([
    ["guest", "unauthenticated"],
    ["holder", "forbidden"],
    ["member", "forbidden"],
    ["moderatorElsewhere", "forbidden"],
    ["moderatorHere", "ok"],
    ["leader", "ok"],
    ["administrator", "ok"],
  ])("%s → %s", async (role, expected) => {
    const { event, present, own } = await issued();
    const actor = role === "holder" ? present.actor : world.actor(role);
    const before = expected === "ok" ? null : await tableCounts();
    expect(await outcome(() => revokeCertificate({ actor, eventId: event.id, input: { certificateId: own.id, reason: "Выдан по ошибке" } }))).toBe(expected);
    if (before) {
      expect(await tableCounts()).toEqual(before);
      expect(await verifyCertificate(own.number)).toMatchObject({ revoked: false });
    }
  });

  test.each([
    ["no reason", { reason: "   " }, { ok: false, error: "invalid", fieldErrors: { reason: "required" } }],
    ["a reason too short", { reason: "ош" }, { ok: false, error: "invalid", fieldErrors: { reason: "required" } }],
    ["a reason too long", { reason: "я".repeat(501) }, { ok: false, error: "invalid", fieldErrors: { reason: "tooLong" } }],
    ["a malformed certificate id", { certificateId: "MS-2026" }, { ok: false, error: "invalid", fieldErrors: { certificateId: "invalid" } }],
    ["an unknown certificate", { certificateId: "00000000-0000-4000-8000-000000000000" }, { ok: false, error: "notThisEvent" }],
  ])("refuses %s, writing nothing", async (_, change, expected) => {
    const { event, own } = await issued();
    const before = await tableCounts();
    expect(await revokeCertificate({ actor: world.users.leader.actor, eventId: event.id, input: { certificateId: own.id, reason: "Выдан по ошибке", ...change } })).toEqual(expected);
    expect(await tableCounts()).toEqual(before);
    expect(await verifyCertificate(own.number)).toMatchObject({ revoked: false });
  });

  test("a certificate of another event, through an event the actor organizes: notThisEvent, nothing written", async () => {
    const first = await issued();
    const second = await pastEvent();
    const before = await tableCounts();
    expect(await revokeCertificate({ actor: world.users.leader.actor, eventId: second.event.id, input: { certificateId: first.own.id, reason: "Выдан по ошибке" } })).toEqual({ ok: false, error: "notThisEvent" });
    expect(await tableCounts()).toEqual(before);
    expect(await verifyCertificate(first.own.number)).toMatchObject({ revoked: false });
  });
});

/**
 * The text a PDF shows, read back without a PDF library: each page's content stream decoded
 * through the ToUnicode map of the font selected before each string (pdfkit writes hex glyph codes).
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const objects = new Map<string, { dict: string; stream: string | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const at = body.indexOf("stream");
    const dict = at < 0 ? body : body.slice(0, at);
    let stream: string | null = null;
    if (at >= 0) {
      const data = Buffer.from(body.slice(at + "stream".length).replace(/^\r?\n/, "").replace(/\r?\nendstream\s*$/, ""), "latin1");
      stream = (/\/FlateDecode/.test(dict) ? inflateSync(data) : data).toString("latin1");
    }
    objects.set(match[1]!, { dict, stream });
  }
  const cmap = (id: string) => {
    const map = new Map<string, string>();
    const text = objects.get(id)!.stream!;
    const utf16 = (hex: string) => Buffer.from(hex, "hex").swap16().toString("utf16le");
    for (const [, from, to, list] of text.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
      // A ligature maps to several characters: "<0066 0069>" is "fi".
      const targets = [...list!.matchAll(/<([0-9a-f\s]+)>/gi)].map((m) => m[1]!.replace(/\s/g, ""));
      for (let code = parseInt(from!, 16), i = 0; code <= parseInt(to!, 16); code += 1, i += 1) map.set(code.toString(16).padStart(4, "0"), utf16(targets[i]!));
    }
    for (const [, code, target] of text.matchAll(/^<([0-9a-f]{4})>\s*<([0-9a-f]+)>$/gim)) map.set(code!.toLowerCase(), utf16(target!));
    return map;
  };
  let out = "";
  for (const page of [...objects.values()].filter((o) => /\/Type \/Page\b/.test(o.dict))) {
    const resourcesRef = /\/Resources (\d+) 0 R/.exec(page.dict);
    const resources = resourcesRef ? objects.get(resourcesRef[1]!)!.dict : page.dict;
    const fontRefs = new Map([...(/\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? "").matchAll(/\/(\w+)\s+(\d+) 0 R/g)].map((m) => [m[1]!, m[2]!]));
    const maps = new Map([...fontRefs].map(([name, id]) => [name, cmap(/\/ToUnicode (\d+) 0 R/.exec(objects.get(id)!.dict)![1]!)]));
    const content = objects.get(/\/Contents (\d+) 0 R/.exec(page.dict)![1]!)!.stream!;
    let font = "";
    for (const token of content.matchAll(/\/(\w+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (token[1]) font = token[1];
      else out += [...token[2]!.matchAll(/<([0-9a-f]+)>/gi)].map((m) => m[1]!.match(/.{4}/g)!.map((code) => maps.get(font)?.get(code.toLowerCase()) ?? "?").join("")).join("") + "\n";
    }
  }
  return out;
}

describe("certificatePdf", () => {
  const print = {
    number: "MS-2026-7KQ3-M9ZD",
    fullName: "Щёголева Юлия Эдуардовна",
    eventTitle: "Семинар «Диагностика функциональной грамотности»",
    role: "winner" as const,
    place: 2,
    hours: 2.5,
    issuedAt: new Date("2026-03-14T09:00:00Z"),
    form: "seminar" as const,
    event: { startsAt: new Date("2026-03-12T12:00:00Z"), endsAt: new Date("2026-03-13T14:00:00Z"), timeZone: "Europe/Moscow", allDay: false },
    communityName: "Лаборатория функциональной грамотности",
  };

  test("an A4 landscape PDF with the Cyrillic name, the role, hours, number and verification address in its text, the font embedded", async () => {
    const url = verificationUrl(baseUrl, print.number);
    const pdf = await certificatePdf(print, url);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    expect(pdf.toString("latin1")).toMatch(/\/FontFile2 \d+ 0 R/);
    const text = pdfText(pdf);
    for (const expected of ["СЕРТИФИКАТ", "победителя — 2 место", "Щёголева Юлия Эдуардовна", "Семинар «Диагностика функциональной грамотности»", "форма: семинар · 12–13 марта 2026 г.", "Лаборатория функциональной грамотности", "в объёме 2,5 ак. ч.", "MS-2026-7KQ3-M9ZD", "Дата выдачи: 14 марта 2026 г.", "https://metodset.example/ru/certificates/MS-2026-7KQ3-M9ZD"]) {
      expect(text.replace(/\n/g, " ").replace(/ +/g, " ")).toContain(expected);
    }
  });

  test("dates: one day, a range across months, an all-day event that ends at midnight", () => {
    expect(eventDates({ startsAt: new Date("2026-03-12T12:00:00Z"), endsAt: new Date("2026-03-12T14:00:00Z"), timeZone: "Europe/Moscow", allDay: false })).toBe("12 марта 2026 г.");
    expect(eventDates({ startsAt: new Date("2026-03-30T21:00:00Z"), endsAt: new Date("2026-04-01T21:00:00Z"), timeZone: "Europe/Moscow", allDay: true })).toBe("31 марта — 1 апреля 2026 г.");
    expect(eventDates({ startsAt: new Date("2026-12-30T12:00:00Z"), endsAt: new Date("2027-01-02T12:00:00Z"), timeZone: "Europe/Moscow", allDay: false })).toBe("30 декабря 2026 г. — 2 января 2027 г.");
    expect(eventDates({ startsAt: new Date("2026-03-12T22:00:00Z"), endsAt: new Date("2026-03-12T23:00:00Z"), timeZone: "Asia/Kamchatka", allDay: false })).toBe("13 марта 2026 г.");
  });
});
