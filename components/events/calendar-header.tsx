import { useFormatter, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import type { CalendarPage } from "@/lib/events/calendar";
import { dateAtNoon } from "@/lib/events/calendar-layout";
import { calendarHref, calendarViews } from "@/lib/events/calendar-query";
import { useZoneName } from "./event-time";

const tab = (active: boolean) =>
  `inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-medium no-underline hover:no-underline ${active ? "border-brand-600 text-brand-800" : "border-transparent text-slate-700 hover:border-slate-300"}`;

/** "All events" / "my events" tabs for a signed-in viewer. */
export function CalendarTabs({ page }: { page: CalendarPage }) {
  const t = useTranslations("events.calendar");
  const { query } = page;
  return (
    <nav aria-label={t("myEvents")} className="flex gap-2 border-b border-slate-200">
      <Link href={calendarHref(query, { mine: false })} className={tab(!query.mine)} aria-current={!query.mine ? "page" : undefined}>
        {t("allEvents")}
      </Link>
      <Link href={calendarHref(query, { mine: true })} className={tab(query.mine)} aria-current={query.mine ? "page" : undefined}>
        {t("myEvents")}
      </Link>
    </nav>
  );
}

/** Previous / today / next, the period's name, and the view switch. */
export function CalendarPeriodNav({ page }: { page: CalendarPage }) {
  const t = useTranslations("events.calendar");
  const format = useFormatter();
  const { query } = page;
  const period =
    page.view === "week"
      ? format.dateTimeRange(dateAtNoon(page.from), dateAtNoon(page.to), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
      : format.dateTime(dateAtNoon(page.from), { month: "long", year: "numeric", timeZone: "UTC" });
  const steps = page.view === "week" ? { previous: t("previousWeek"), next: t("nextWeek") } : { previous: t("previousMonth"), next: t("nextMonth") };
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={calendarHref(query, { date: page.previous })} className={buttonClass("secondary")} aria-label={steps.previous} rel="prev">
          ←<span className="sr-only sm:not-sr-only">{t("previous")}</span>
        </Link>
        <Link href={calendarHref(query, { date: undefined })} className={buttonClass("secondary")}>
          {t("today")}
        </Link>
        <Link href={calendarHref(query, { date: page.next })} className={buttonClass("secondary")} aria-label={steps.next} rel="next">
          <span className="sr-only sm:not-sr-only">{t("next")}</span>→
        </Link>
        <h2 className="ml-1 text-xl font-semibold text-slate-900 first-letter:uppercase" data-testid="calendar-period">
          {period}
        </h2>
      </div>
      <nav aria-label={t("views.label")} className="flex flex-wrap gap-2">
        {calendarViews.map((v) => (
          <Link key={v} href={calendarHref(query, { view: v })} className={buttonClass(page.view === v ? "primary" : "secondary")} aria-current={page.view === v ? "page" : undefined}>
            {t(`views.${v}`)}
          </Link>
        ))}
      </nav>
    </div>
  );
}

/** Which zone the times are in (a guest sees Moscow time). */
export function CalendarZoneNote({ signedIn, timeZone }: { signedIn: boolean; timeZone: string }) {
  const t = useTranslations("events.calendar");
  const zoneName = useZoneName();
  return <p className="text-sm text-slate-600">{signedIn ? t("zoneNote", { zone: zoneName(timeZone, new Date()) }) : t("zoneGuest")}</p>;
}
