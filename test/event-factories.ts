import { getDb } from "@/db/client";
import { eventRegistrations, events, type Event } from "@/db/schema";
import type { RegistrationStatus } from "@/lib/reference/events";

// Events and registrations written straight to the database, independent of the code under test.

const hour = 3_600_000;

export type EventOptions = Partial<typeof events.$inferInsert>;

/** A scheduled, open webinar starting in a week, two hours long, without a capacity by default. */
export async function createEventRow(options: EventOptions = {}): Promise<Event> {
  const db = await getDb();
  const startsAt = options.startsAt ?? new Date(Date.now() + 7 * 24 * hour);
  const [row] = await db
    .insert(events)
    .values({
      form: "webinar",
      format: "online",
      title: "Вебинар: формирующее оценивание на уроках математики",
      timeZone: "Europe/Moscow",
      meetingUrl: "https://meet.example.test/room-1",
      ...options,
      startsAt,
      endsAt: options.endsAt ?? new Date(startsAt.getTime() + 2 * hour),
    })
    .returning();
  return row!;
}

/** A registration row as it would be after registering at `queuedAt`. */
export async function addRegistration(eventId: string, userId: string, status: RegistrationStatus = "registered", queuedAt = new Date()) {
  const db = await getDb();
  await db.insert(eventRegistrations).values({ eventId, userId, status, queuedAt });
}
