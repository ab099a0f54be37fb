import { getTranslations, setRequestLocale } from "next-intl/server";
import { CalendarFeedCard } from "@/components/events/calendar-feed-card";
import { CalendarFilters } from "@/components/events/calendar-filters";
import { CalendarPeriodNav, CalendarTabs, CalendarZoneNote } from "@/components/events/calendar-header";
import { CalendarList } from "@/components/events/calendar-list";
import { CalendarMonth } from "@/components/events/calendar-month";
import { CalendarWeek } from "@/components/events/calendar-week";
import { ClientMessages } from "@/components/shell/client-messages";
import { PageTitle } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/current-user";
import { calendarCommunities, listCalendar } from "@/lib/events/calendar";
import { feedTokenStatus } from "@/lib/events/ical";
import { orNotFound } from "@/lib/http/or-not-found";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "events.calendar" });
  return { title: t("title") };
}

export default async function CalendarRoute({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await currentUser();
  const page = await orNotFound(listCalendar({ viewer, query: await searchParams }));
  const [t, communityOptions] = await Promise.all([getTranslations("events.calendar"), calendarCommunities({ viewer })]);
  const feed = viewer && page.query.mine ? await feedTokenStatus({ viewer }) : null;
  const emptyText = page.query.mine ? t("emptyMine") : t("empty");

  return (
    <div className="space-y-5">
      <PageTitle lead={t("lead")}>{page.community ? t("communityTitle", { name: page.community.name }) : t("title")}</PageTitle>
      {viewer && <CalendarTabs page={page} />}
      <CalendarPeriodNav page={page} />
      <CalendarFilters locale={locale} query={page.query} communities={communityOptions} />
      <CalendarZoneNote signedIn={Boolean(viewer)} timeZone={page.timeZone} />

      {page.view === "month" && <CalendarMonth page={page} emptyText={emptyText} />}
      {page.view === "week" && <CalendarWeek page={page} />}
      {page.view === "list" && <CalendarList entries={page.entries} from={page.from} today={page.today} timeZone={page.timeZone} emptyText={emptyText} />}

      {page.community?.guestReadable && (
        <p className="text-sm">
          <a href={`/api/calendar/communities/${encodeURIComponent(page.community.slug)}/ics?locale=${locale}`}>{t("communityFeed")}</a>
        </p>
      )}
      {viewer && page.query.mine && (
        <ClientMessages namespaces={["events.ical"]}>
          <CalendarFeedCard createdAt={feed?.createdAt ?? null} />
        </ClientMessages>
      )}
    </div>
  );
}
