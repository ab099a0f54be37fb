import { useFormatter } from "next-intl";
import type { CalendarPage } from "@/lib/events/calendar";
import { dateAtNoon } from "@/lib/events/calendar-layout";
import { CalendarCellEntry } from "./calendar-cell-entry";

/** The week view: seven columns on a desktop, seven stacked days on a phone, every event of each day. */
export function CalendarWeek({ page }: { page: CalendarPage }) {
  const format = useFormatter();
  return (
    <ol className="grid gap-2 md:grid-cols-7 md:gap-0 md:border-l md:border-slate-200" data-testid="calendar-week">
      {page.days.map((day) => (
        <li key={day.date} className="min-h-16 rounded border border-slate-200 bg-white p-2 md:min-h-64 md:rounded-none md:border-0 md:border-r md:border-b" data-date={day.date}>
          <p className={`mb-2 text-sm ${day.date === page.today ? "font-bold text-brand-700" : "font-medium text-slate-800"}`}>
            <time dateTime={day.date}>{format.dateTime(dateAtNoon(day.date), { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" })}</time>
          </p>
          <div className="space-y-1">
            {day.entries.map((e) => (
              <CalendarCellEntry key={e.id} entry={e} date={day.date} timeZone={page.timeZone} />
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
