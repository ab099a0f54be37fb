import { notFound } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/communities/badges";
import { CalendarFeedCard } from "@/components/events/calendar-feed-card";
import { EventTime, useZoneName } from "@/components/events/event-time";
import { ClientMessages } from "@/components/shell/client-messages";
import { Button, buttonClass } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/card";
import { Select } from "@/components/ui/input";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { calendarCommunities, listCalendar, type CalendarEntry, type CalendarPage } from "@/lib/events/calendar";
import { calendarSearchParams, calendarViews, type CalendarQuery } from "@/lib/events/calendar-query";
import { feedTokenStatus } from "@/lib/events/ical";
import { DomainError } from "@/lib/errors";
import { eventForms, eventFormats } from "@/lib/reference/events";
import { subjects } from "@/lib/reference/subjects";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "events.calendar" });
  return { title: t("title") };
}

function href(query: CalendarQuery, change: Partial<CalendarQuery>): string {
  const s = new URLSearchParams(calendarSearchParams({ ...query, ...change })).toString();
  return s ? `/calendar?${s}` : "/calendar";
}

/** A calendar date ("YYYY-MM-DD") as a Date at its UTC noon: formatted with timeZone UTC it is that date everywhere. */
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

export default async function CalendarRoute({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await currentUser();
  let page: CalendarPage;
  try {
    page = await listCalendar({ viewer, query: await searchParams });
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
  const [t, tr, format, communityOptions] = await Promise.all([getTranslations("events.calendar"), getTranslations("reference"), getFormatter(), calendarCommunities({ viewer })]);
  const feed = viewer && page.query.mine ? await feedTokenStatus({ viewer }) : null;
  const { query } = page;
  const period =
    page.view === "week"
      ? format.dateTimeRange(noon(page.from), noon(page.to), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
      : format.dateTime(noon(page.from), { month: "long", year: "numeric", timeZone: "UTC" });
  const tab = (active: boolean) =>
    `inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-medium no-underline hover:no-underline ${active ? "border-brand-600 text-brand-800" : "border-transparent text-slate-700 hover:border-slate-300"}`;
  const pill = (active: boolean) => `${buttonClass(active ? "primary" : "secondary")}`;
  const steps = page.view === "week" ? { previous: t("previousWeek"), next: t("nextWeek") } : { previous: t("previousMonth"), next: t("nextMonth") };
  const emptyText = query.mine ? t("emptyMine") : t("empty");

  return (
    <div className="space-y-5">
      <PageTitle lead={t("lead")}>{page.community ? t("communityTitle", { name: page.community.name }) : t("title")}</PageTitle>

      {viewer && (
        <nav aria-label={t("myEvents")} className="flex gap-2 border-b border-slate-200">
          <Link href={href(query, { mine: false })} className={tab(!query.mine)} aria-current={!query.mine ? "page" : undefined}>
            {t("allEvents")}
          </Link>
          <Link href={href(query, { mine: true })} className={tab(query.mine)} aria-current={query.mine ? "page" : undefined}>
            {t("myEvents")}
          </Link>
        </nav>
      )}

      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <Link href={href(query, { date: page.previous })} className={buttonClass("secondary")} aria-label={steps.previous} rel="prev">
            ←<span className="sr-only sm:not-sr-only">{t("previous")}</span>
          </Link>
          <Link href={href(query, { date: undefined })} className={buttonClass("secondary")}>
            {t("today")}
          </Link>
          <Link href={href(query, { date: page.next })} className={buttonClass("secondary")} aria-label={steps.next} rel="next">
            <span className="sr-only sm:not-sr-only">{t("next")}</span>→
          </Link>
          <h2 className="ml-1 text-xl font-semibold text-slate-900 first-letter:uppercase" data-testid="calendar-period">
            {period}
          </h2>
        </div>
        <nav aria-label={t("views.label")} className="flex flex-wrap gap-2">
          {calendarViews.map((v) => (
            <Link key={v} href={href(query, { view: v })} className={pill(page.view === v)} aria-current={page.view === v ? "page" : undefined}>
              {t(`views.${v}`)}
            </Link>
          ))}
        </nav>
      </div>

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
              {communityOptions.map((o) => (
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
            <Link href={href({ view: query.view, mine: query.mine }, {})} className={buttonClass("ghost")}>
              {t("reset")}
            </Link>
          </div>
        </form>
      </details>

      <ZoneNote signedIn={Boolean(viewer)} timeZone={page.timeZone} />

      {page.view === "month" && (
        <>
          <MonthGrid page={page} />
          {/* Phones: the month as a list, the grid needs a wider screen. */}
          <div className="md:hidden" data-testid="calendar-phone-list">
            <DayList page={page} emptyText={emptyText} />
          </div>
        </>
      )}
      {page.view === "week" && <WeekColumns page={page} />}
      {page.view === "list" && <DayList page={page} emptyText={emptyText} />}

      {page.community?.guestReadable && (
        <p className="text-sm">
          <a href={`/api/calendar/communities/${encodeURIComponent(page.community.slug)}/ics?locale=${locale}`}>{t("communityFeed")}</a>
        </p>
      )}
      {viewer && query.mine && (
        <ClientMessages namespaces={["events.ical"]}>
          <CalendarFeedCard createdAt={feed?.createdAt ?? null} />
        </ClientMessages>
      )}
    </div>
  );
}

function ZoneNote({ signedIn, timeZone }: { signedIn: boolean; timeZone: string }) {
  const t = useTranslations("events.calendar");
  const zoneName = useZoneName();
  return <p className="text-sm text-slate-600">{signedIn ? t("zoneNote", { zone: zoneName(timeZone, new Date()) }) : t("zoneGuest")}</p>;
}

// Entries link with plain anchors: a month holds hundreds, and a client <Link> each (serialized,
// hydrated, prefetched when in view) costs more than the rest of the page (bench/event-pages.ts).

/** A compact line for a grid cell: the start time on the first day, the title, "cancelled". */
function CellEntry({ entry, date, timeZone }: { entry: CalendarEntry; date: string; timeZone: string }) {
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

function WeekdayHeader({ days }: { days: string[] }) {
  const format = useFormatter();
  return (
    <>
      {days.map((d) => (
        <div key={d} className="px-2 py-1 text-center text-xs font-semibold uppercase text-slate-600">
          {format.dateTime(noon(d), { weekday: "short", timeZone: "UTC" })}
        </div>
      ))}
    </>
  );
}

function MonthGrid({ page }: { page: CalendarPage }) {
  const t = useTranslations("events.calendar");
  const format = useFormatter();
  const shown = 3;
  return (
    <div className="hidden md:block" data-testid="calendar-month-grid">
      <div className="grid grid-cols-7 border-b border-slate-200" aria-label={t("weekdays")}>
        <WeekdayHeader days={page.days.slice(0, 7).map((d) => d.date)} />
      </div>
      <ol className="grid grid-cols-7 border-l border-slate-200">
        {page.days.map((day) => (
          <li key={day.date} className={`min-h-28 space-y-1 border-r border-b border-slate-200 p-1.5 ${day.inPeriod ? "bg-white" : "bg-slate-50"}`} data-date={day.date}>
            <p className={`text-right text-sm ${day.date === page.today ? "font-bold text-brand-700" : day.inPeriod ? "text-slate-800" : "text-slate-400"}`}>
              <time dateTime={day.date} aria-current={day.date === page.today ? "date" : undefined}>
                {format.dateTime(noon(day.date), { day: "numeric", timeZone: "UTC" })}
              </time>
            </p>
            {day.entries.slice(0, shown).map((e) => (
              <CellEntry key={e.id} entry={e} date={day.date} timeZone={page.timeZone} />
            ))}
            {day.entries.length > shown && (
              <Link href={`/calendar?${new URLSearchParams({ ...calendarSearchParams(page.query), view: "list", date: day.date }).toString()}`} className="block px-1.5 text-xs">
                {t("more", { count: day.entries.length - shown })}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function WeekColumns({ page }: { page: CalendarPage }) {
  const format = useFormatter();
  return (
    <ol className="grid gap-2 md:grid-cols-7 md:gap-0 md:border-l md:border-slate-200" data-testid="calendar-week">
      {page.days.map((day) => (
        <li key={day.date} className="min-h-16 rounded border border-slate-200 bg-white p-2 md:min-h-64 md:rounded-none md:border-0 md:border-r md:border-b" data-date={day.date}>
          <p className={`mb-2 text-sm ${day.date === page.today ? "font-bold text-brand-700" : "font-medium text-slate-800"}`}>
            <time dateTime={day.date}>{format.dateTime(noon(day.date), { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" })}</time>
          </p>
          <div className="space-y-1">
            {day.entries.map((e) => (
              <CellEntry key={e.id} entry={e} date={day.date} timeZone={page.timeZone} />
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** The period's events grouped under the day each starts on (within the period), each once. */
function DayList({ page, emptyText }: { page: CalendarPage; emptyText: string }) {
  const t = useTranslations("events.calendar");
  const tf = useTranslations("reference");
  const format = useFormatter();
  const locale = useLocale();
  const groups = new Map<string, CalendarEntry[]>();
  for (const e of page.entries) {
    const day = e.days.find((d) => d >= page.from) ?? e.days[0]!;
    groups.set(day, [...(groups.get(day) ?? []), e]);
  }
  if (groups.size === 0) return <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700">{emptyText}</p>;
  return (
    <ol className="space-y-4" data-testid="calendar-list">
      {[...groups.entries()].map(([day, entries]) => (
        <li key={day}>
          <h3 className={`mb-2 text-sm font-semibold uppercase tracking-wide first-letter:uppercase ${day === page.today ? "text-brand-700" : "text-slate-600"}`}>
            <time dateTime={day}>{format.dateTime(noon(day), { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" })}</time>
          </h3>
          <ul className="space-y-2">
            {entries.map((e) => (
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
                  <EventTime startsAt={e.startsAt} endsAt={e.endsAt} allDay={e.allDay} eventZone={e.timeZone} viewerZone={page.timeZone} />
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
