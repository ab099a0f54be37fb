import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/communities/badges";
import type { CalendarEntry } from "@/lib/events/calendar";
import { dateAtNoon, dayAnchor, groupByDay } from "@/lib/events/calendar-layout";
import { EventTime } from "./event-time";

type Props = {
  entries: readonly CalendarEntry[];
  /** The first day the list groups under (an event that began earlier shows under it). */
  from: string;
  today: string;
  timeZone: string;
  emptyText: string;
};

/** Events grouped under the day each starts on (from `from` on), each once, with form, format, time and community. */
export function CalendarList({ entries, from, today, timeZone, emptyText }: Props) {
  const t = useTranslations("events.calendar");
  const tf = useTranslations("reference");
  const format = useFormatter();
  const locale = useLocale();
  const groups = groupByDay(entries, from);
  if (groups.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700">{emptyText}</p>;
  return (
    <ol className="space-y-4" data-testid="calendar-list">
      {groups.map(([day, dayEntries]) => (
        <li key={day} id={dayAnchor(day)} className="scroll-mt-4">
          <h3 className={`mb-2 text-sm font-semibold uppercase tracking-wide first-letter:uppercase ${day === today ? "text-brand-700" : "text-slate-600"}`}>
            <time dateTime={day}>{format.dateTime(dateAtNoon(day), { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" })}</time>
          </h3>
          <ul className="space-y-2">
            {dayEntries.map((e) => (
              <li key={e.id} className={`rounded-lg border border-slate-200 bg-white p-3 shadow-sm ${e.cancelled ? "opacity-75" : ""}`}>
                <p className="mb-1 flex flex-wrap gap-1.5">
                  <Badge tone="brand">{tf(`eventForms.${e.form}`)}</Badge>
                  <Badge>{tf(`eventFormats.${e.format}`)}</Badge>
                  {e.cancelled && <Badge tone="archived">{t("cancelled")}</Badge>}
                </p>
                <h4 className={`font-semibold ${e.cancelled ? "line-through" : ""}`}>
                  <a href={`/${locale}/events/${e.id}`}>{e.title}</a>
                </h4>
                <div className="text-sm text-slate-800">
                  <EventTime startsAt={e.startsAt} endsAt={e.endsAt} allDay={e.allDay} eventZone={e.timeZone} viewerZone={timeZone} />
                </div>
                <p className="text-sm text-slate-600">{e.community ? <a href={`/${locale}/communities/${e.community.slug}`}>{e.community.name}</a> : t("platformWide")}</p>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
