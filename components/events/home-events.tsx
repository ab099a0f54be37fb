import { useTranslations } from "next-intl";
import { HomeSection } from "@/components/communities/home-section";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import type { UpcomingEvent } from "@/lib/events/queries";
import { EventTime } from "./event-time";

/** The community home's "upcoming events": the next few, a link to its calendar, and "schedule" for organizers. */
export function HomeEvents({ slug, items, viewerZone, canSchedule }: { slug: string; items: UpcomingEvent[]; viewerZone: string; canSchedule: boolean }) {
  const t = useTranslations("events.event");
  const tf = useTranslations("reference.eventForms");
  return (
    <HomeSection id="community-events" title={t("upcoming")} more={{ href: `/calendar?community=${encodeURIComponent(slug)}`, label: t("calendarLink") }}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-700">{t("upcomingEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {items.map((e) => (
            <li key={e.id} className="space-y-1 py-3 first:pt-0 last:pb-0">
              <Link href={`/events/${e.id}`} className="font-semibold">
                {e.title}
              </Link>
              <p className="text-sm text-slate-600">{tf(e.form)}</p>
              <div className="text-sm text-slate-800">
                <EventTime startsAt={e.startsAt} endsAt={e.endsAt} allDay={e.allDay} eventZone={e.timeZone} viewerZone={viewerZone} compact />
              </div>
            </li>
          ))}
        </ul>
      )}
      {canSchedule && (
        <p>
          <Link href={`/events/new?community=${encodeURIComponent(slug)}`} className={buttonClass("secondary")}>
            {t("newLink")}
          </Link>
        </p>
      )}
    </HomeSection>
  );
}
