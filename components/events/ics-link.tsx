import { useLocale, useTranslations } from "next-intl";

/** "Add to calendar": the event's .ics file (lib/events/ical.ts), readable as its page is. */
export function IcsLink({ eventId }: { eventId: string }) {
  const t = useTranslations("events.ical");
  const locale = useLocale();
  return (
    <a href={`/api/events/${eventId}/ics?locale=${locale}`} download className="text-sm font-medium" data-testid="event-ics-link">
      {t("download")}
    </a>
  );
}
