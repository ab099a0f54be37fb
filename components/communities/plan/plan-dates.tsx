import { useFormatter } from "next-intl";

/** A calendar date (YYYY-MM-DD) is the same day in every time zone: formatted as UTC. */
export function PlanDates({ startsOn, endsOn }: { startsOn: string; endsOn: string }) {
  const format = useFormatter();
  const day = (d: string) => (
    <time dateTime={d}>{format.dateTime(new Date(`${d}T00:00:00Z`), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}</time>
  );
  if (startsOn === endsOn) return day(startsOn);
  return (
    <span>
      {day(startsOn)} – {day(endsOn)}
    </span>
  );
}
