import { createHash } from "node:crypto";
import type { certificates } from "@/db/schema";
import type { ActivityEntry } from "@/db/schema/activity";
import type { DemoEventRows } from "./demo-events";

// Demo certificates (issue 5 item 7): issued a day after each past community event that counts
// academic hours, to those marked present and to registered speakers, as lib/events/certificates.ts
// would. Contests are left to their results (demo-contests.ts) and platform-wide events to the
// administrator: the city conference, which the demo teacher attended, is there to issue by hand.
// Numbers are derived from the event's title and the person's e-mail: every seed prints the same ones.

const DAY = 86_400_000;
const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export type DemoCertificateRows = { certificates: (typeof certificates.$inferInsert)[]; activity: ActivityEntry[] };

type Person = { id: string; email: string; fullName: string };

function demoNumber(seed: string, issuedAt: Date): string {
  const digest = createHash("sha256").update(seed).digest();
  const code = Array.from({ length: 8 }, (_, i) => crockford[digest[i]! & 31]).join("");
  return `MS-${issuedAt.getUTCFullYear()}-${code.slice(0, 4)}-${code.slice(4)}`;
}

export function demoCertificateRows(events: DemoEventRows, refs: { nowMs: number; people: Person[] }): DemoCertificateRows {
  const rows: DemoCertificateRows = { certificates: [], activity: [] };
  const people = new Map(refs.people.map((p) => [p.id, p]));
  for (const event of events.events) {
    const endsAt = event.endsAt as Date;
    if (!event.communityId || event.status === "cancelled" || event.form === "contest" || event.hours === null || event.hours === undefined || endsAt.getTime() >= refs.nowMs) continue;
    const issuedAt = new Date(Math.min(endsAt.getTime() + DAY, refs.nowMs - 60_000));
    const attendees = events.registrations.filter((r) => r.eventId === event.id && r.attended).map((r) => r.userId);
    const speakers = events.speakers.filter((s) => s.eventId === event.id && s.userId).map((s) => s.userId!);
    const holders = [...attendees.map((userId) => ({ userId, role: "participant" as const })), ...[...new Set(speakers)].map((userId) => ({ userId, role: "speaker" as const }))];
    if (holders.length === 0) continue;
    for (const { userId, role } of holders) {
      const person = people.get(userId)!;
      rows.certificates.push({ number: demoNumber(`${event.title}|${person.email}|${role}`, issuedAt), eventId: event.id!, userId, role, fullName: person.fullName, eventTitle: event.title, hours: event.hours, issuedById: event.createdById ?? null, issuedAt });
    }
    rows.activity.push({ occurredAt: issuedAt, actorId: event.createdById ?? null, verb: "event.certificates_issued", objectType: "event", objectId: event.id!, communityId: event.communityId });
  }
  return rows;
}
