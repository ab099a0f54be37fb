import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { currentUser } from "@/lib/auth/current-user";
import { defaultTimeZone } from "@/lib/reference/time-zones";
import { loadMessages } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // Dates are shown in the viewer's own zone (a profile setting), Moscow for guests.
  const viewer = await currentUser().catch(() => null);
  return { locale, messages: await loadMessages(locale), timeZone: viewer?.timeZone ?? defaultTimeZone };
});
