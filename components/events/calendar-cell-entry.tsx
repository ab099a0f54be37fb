import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { CalendarEntry } from "@/lib/events/calendar";

// Entries link with plain anchors: a month holds hundreds, and a client <Link> each (serialized,
// hydrated, prefetched when in view) costs more than the rest of the page (bench/event-pages.ts).

/** A compact line for a month or week cell: the start time on the first day, the title, "cancelled". */
export function CalendarCellEntry({ entry, date, timeZone }: { entry: CalendarEntry; date: string; timeZone: string }) {
  const t = useTranslations("events.calendar");
  const format = useFormatter();
  const locale = useLocale();
  const first = entry.days[0] === date;
  const time = entry.allDay ? t("allDay") : first ? format.dateTime(entry.startsAt, { hour: "2-digit", minute: "2-digit", timeZone }) : "…";
  return (
    <a href={`/${locale}/events/${entry.id}`} className={`block rounded px-1.5 py-1 text-xs leading-snug no-underline hover:bg-brand-50 ${entry.cancelled ? "bg-slate-100 text-slate-500 line-through" : "bg-brand-50/60 text-slate-900"}`}>
      <span className="line-clamp-3">
        <span className="font-semibold tabular-nums">{time}</span> {entry.title}
      </span>
      {entry.cancelled && <span className="sr-only"> — {t("cancelled")}</span>}
    </a>
  );
}
