import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { Link } from "@/i18n/navigation";
import { calendarHref, type CalendarQuery } from "@/lib/events/calendar-query";
import { eventForms, eventFormats } from "@/lib/reference/events";
import { subjects } from "@/lib/reference/subjects";

/** The calendar's filters: a GET form, so a filtered calendar is an address to share. Open while a filter is on. */
export function CalendarFilters({ locale, query, communities }: { locale: string; query: CalendarQuery; communities: { slug: string; name: string; depth: number }[] }) {
  const t = useTranslations("events.calendar");
  const tr = useTranslations("reference");
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4" open={Boolean(query.community || query.form || query.subject || query.format)}>
      <summary className="cursor-pointer font-medium text-slate-900">{t("filters")}</summary>
      <form method="get" action={`/${locale}/calendar`} className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_1fr_auto] lg:items-end">
        {query.view !== "month" && <input type="hidden" name="view" value={query.view} />}
        {query.date && <input type="hidden" name="date" value={query.date} />}
        {query.mine && <input type="hidden" name="mine" value="1" />}
        <div className="space-y-1">
          <label htmlFor="calendar-community" className="block text-sm font-medium text-slate-800">
            {t("community")}
          </label>
          <Select id="calendar-community" name="community" defaultValue={query.community ?? ""} aria-describedby="calendar-community-hint">
            <option value="">{t("any")}</option>
            {communities.map((o) => (
              <option key={o.slug} value={o.slug}>
                {`${"\u00a0\u00a0".repeat(o.depth)}${o.name}`}
              </option>
            ))}
          </Select>
          <p id="calendar-community-hint" className="text-xs text-slate-600">
            {t("communityHint")}
          </p>
        </div>
        <div className="space-y-1">
          <label htmlFor="calendar-form" className="block text-sm font-medium text-slate-800">
            {t("form")}
          </label>
          <Select id="calendar-form" name="form" defaultValue={query.form ?? ""}>
            <option value="">{t("any")}</option>
            {eventForms.map((f) => (
              <option key={f} value={f}>
                {tr(`eventForms.${f}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="calendar-subject" className="block text-sm font-medium text-slate-800">
            {t("subject")}
          </label>
          <Select id="calendar-subject" name="subject" defaultValue={query.subject ?? ""}>
            <option value="">{t("any")}</option>
            {subjects.map((s) => (
              <option key={s} value={s}>
                {tr(`subjects.${s}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="calendar-format" className="block text-sm font-medium text-slate-800">
            {t("format")}
          </label>
          <Select id="calendar-format" name="format" defaultValue={query.format ?? ""}>
            <option value="">{t("any")}</option>
            {eventFormats.map((f) => (
              <option key={f} value={f}>
                {tr(`eventFormats.${f}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="secondary">
            {t("apply")}
          </Button>
          <Link href={calendarHref({ view: query.view, mine: query.mine })} className={buttonClass("ghost")}>
            {t("reset")}
          </Link>
        </div>
      </form>
    </details>
  );
}
