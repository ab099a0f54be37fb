import { useFormatter, useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { CalendarPage } from "@/lib/events/calendar";
import { capCell, dateAtNoon, dayAnchor, phoneMonthEntries } from "@/lib/events/calendar-layout";
import { calendarHref } from "@/lib/events/calendar-query";
import { CalendarCellEntry } from "./calendar-cell-entry";
import { CalendarList } from "./calendar-list";

/**
 * The month view: on a desktop a grid of whole weeks, a few events a day and «ещё N» to the day in
 * the list view; on a phone (the grid needs a wider screen) the month's next events as a list and
 * a link to the whole month's list.
 */
export function CalendarMonth({ page, emptyText }: { page: CalendarPage; emptyText: string }) {
  const t = useTranslations("events.calendar");
  const locale = useLocale();
  const phone = phoneMonthEntries(page);
  return (
    <>
      <MonthGrid page={page} />
      <div className="space-y-4 md:hidden" data-testid="calendar-phone-list">
        <CalendarList entries={phone.shown} from={phone.from} today={page.today} timeZone={page.timeZone} emptyText={emptyText} />
        {phone.shown.length < phone.total && (
          <a href={`/${locale}${calendarHref(page.query, { view: "list" })}`} className={`${buttonClass("secondary")} w-full`}>
            {t("monthList", { count: phone.total })}
          </a>
        )}
      </div>
    </>
  );
}

function MonthGrid({ page }: { page: CalendarPage }) {
  const t = useTranslations("events.calendar");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <div className="hidden md:block" data-testid="calendar-month-grid">
      <div className="grid grid-cols-7 border-b border-slate-200" aria-label={t("weekdays")}>
        {page.days.slice(0, 7).map((d) => (
          <div key={d.date} className="px-2 py-1 text-center text-xs font-semibold uppercase text-slate-600">
            {format.dateTime(dateAtNoon(d.date), { weekday: "short", timeZone: "UTC" })}
          </div>
        ))}
      </div>
      <ol className="grid grid-cols-7 border-l border-slate-200">
        {page.days.map((day) => {
          const cell = capCell(day.entries);
          return (
            <li key={day.date} className={`min-h-28 space-y-1 border-r border-b border-slate-200 p-1.5 ${day.inPeriod ? "bg-white" : "bg-slate-50"}`} data-date={day.date}>
              <p className={`text-right text-sm ${day.date === page.today ? "font-bold text-brand-700" : day.inPeriod ? "text-slate-800" : "text-slate-400"}`}>
                <time dateTime={day.date} aria-current={day.date === page.today ? "date" : undefined}>
                  {format.dateTime(dateAtNoon(day.date), { day: "numeric", timeZone: "UTC" })}
                </time>
              </p>
              {cell.shown.map((e) => (
                <CalendarCellEntry key={e.id} entry={e} date={day.date} timeZone={page.timeZone} />
              ))}
              {cell.more > 0 && (
                <a href={`/${locale}${calendarHref(page.query, { view: "list", date: day.date })}#${dayAnchor(day.date)}`} className="block px-1.5 text-xs font-medium" data-testid="calendar-more">
                  {t("more", { count: cell.more })}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
