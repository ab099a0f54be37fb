import "server-only";
import { createFormatter } from "next-intl";
import { zoneLabel } from "@/lib/events/time";
import type { MailLocale } from "@/lib/mail/templates";
import en from "@/messages/en/reference.json";
import ru from "@/messages/ru/reference.json";

// A reminder is written by a background worker, outside any request: its words come straight from
// the message files, in the recipient's language.

const zoneNames: Record<MailLocale, Record<string, string>> = { ru: ru.timeZones, en: en.timeZones };

export function reminderLocale(locale: string): MailLocale {
  return locale === "en" ? "en" : "ru";
}

/** "1 декабря в 15:00" (the bell's sentence), or "вторник, 1 декабря в 15:00" (the mail's line): the start as the clocks of `zone` show it. */
export function startTime(locale: MailLocale, startsAt: Date, zone: string, { weekday = false } = {}): string {
  return createFormatter({ locale, timeZone: zone }).dateTime(startsAt, { weekday: weekday ? "long" : undefined, day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
}

/** "Москва (МСК)", or "Europe/Berlin, UTC+1" for a zone outside Russia. */
export function zoneName(locale: MailLocale, zone: string, at: Date): string {
  return zoneLabel(zone, at, zoneNames[locale][zone]);
}
