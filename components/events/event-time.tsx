import { useFormatter, useTranslations } from "next-intl";
import { zoneLabel, zonesDiffer } from "@/lib/events/time";

type Props = { startsAt: Date; endsAt: Date; allDay: boolean; eventZone: string; viewerZone: string; compact?: boolean };

/** A zone's name: Russia's by city and Moscow offset, others by their IANA id and UTC offset. */
export function useZoneName() {
  const tz = useTranslations("reference.timeZones");
  return (zone: string, at: Date) => zoneLabel(zone, at, tz.has(zone) && zone !== "other" ? tz(zone) : undefined);
}

/**
 * When an event happens: in the viewer's zone, with the event's own zone beside it when their clocks
 * differ. All-day events are dates of the event's zone (a festival's days do not shift with the viewer).
 */
export function EventTime({ startsAt, endsAt, allDay, eventZone, viewerZone, compact = false }: Props) {
  const format = useFormatter();
  const t = useTranslations("events.event");
  const zoneName = useZoneName();
  if (allDay) {
    const last = new Date(endsAt.getTime() - 1);
    const days = format.dateTimeRange(startsAt, last, { timeZone: eventZone, day: "numeric", month: "long", year: "numeric" });
    return (
      <span className="block">
        <time dateTime={startsAt.toISOString()}>{days}</time>
        {!compact && <span className="text-slate-600"> · {t("allDay")}</span>}
      </span>
    );
  }
  const options = { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" } as const;
  const mine = format.dateTimeRange(startsAt, endsAt, { ...options, timeZone: viewerZone });
  const differ = zonesDiffer(viewerZone, eventZone, startsAt);
  return (
    <span className="block">
      <time dateTime={startsAt.toISOString()} data-testid="event-time-viewer">
        {mine}
      </time>
      {differ && !compact && <span className="text-slate-600"> · {t("yourTime", { zone: zoneName(viewerZone, startsAt) })}</span>}
      {differ && (
        <span className="block text-sm text-slate-600" data-testid="event-time-own">
          {t("eventTime", { time: format.dateTimeRange(startsAt, endsAt, { ...options, timeZone: eventZone }), zone: zoneName(eventZone, startsAt) })}
        </span>
      )}
    </span>
  );
}
