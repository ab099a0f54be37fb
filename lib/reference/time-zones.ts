// Russia's zones from Kaliningrad (UTC+2) to Kamchatka (UTC+12), offered first in the profile.
export const russianTimeZones = [
  "Europe/Kaliningrad",
  "Europe/Moscow",
  "Europe/Samara",
  "Asia/Yekaterinburg",
  "Asia/Omsk",
  "Asia/Krasnoyarsk",
  "Asia/Irkutsk",
  "Asia/Yakutsk",
  "Asia/Vladivostok",
  "Asia/Magadan",
  "Asia/Kamchatka",
] as const;

export const defaultTimeZone = "Europe/Moscow";

const known = new Set(Intl.supportedValuesOf("timeZone"));

export function isTimeZone(value: string): boolean {
  return known.has(value) || value === "UTC";
}
