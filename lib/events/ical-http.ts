import "server-only";
import { getTranslations } from "next-intl/server";
import { downloadResponse } from "@/lib/http/download";

// What the iCal route handlers share: the labels in the asked language, and the response.

export async function icalLabels(locale: string) {
  const t = await getTranslations({ locale, namespace: "events.ical" });
  return { meetingLink: t("meetingLink"), eventPage: t("eventPage"), calendarName: t("myCalendarName") };
}

/**
 * Serves a calendar; a refusal looks like a missing one. `download` makes browsers save it (one
 * event's file); feeds are served inline for calendar apps. Never cached by shared caches.
 */
export function icsResponse(build: () => Promise<{ filename: string; content: string }>, { download }: { download: boolean }): Promise<Response> {
  return downloadResponse(async () => {
    const file = await build();
    return {
      body: file.content,
      filename: file.filename,
      contentType: "text/calendar; charset=utf-8",
      disposition: download ? "attachment" : "inline",
      headers: { "Referrer-Policy": "no-referrer" },
    };
  });
}
