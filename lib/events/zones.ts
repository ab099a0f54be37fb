import { russianTimeZones } from "@/lib/reference/time-zones";

const russian = new Set<string>(russianTimeZones);

/** Every zone the runtime knows besides Russia's (which the forms offer first, by city). */
export function otherTimeZones(): string[] {
  return Intl.supportedValuesOf("timeZone").filter((zone) => !russian.has(zone));
}
