import "server-only";
import { getTranslations } from "next-intl/server";
import { DomainError } from "@/lib/errors";

// What the iCal route handlers share: the labels in the asked language, and the response.

export function localeOf(request: Request): "ru" | "en" {
  return new URL(request.url).searchParams.get("locale") === "en" ? "en" : "ru";
}

export async function icalLabels(locale: string) {
  const t = await getTranslations({ locale, namespace: "events.ical" });
  return { meetingLink: t("meetingLink"), eventPage: t("eventPage"), calendarName: t("myCalendarName") };
}

/**
 * Serves a calendar; a refusal looks like a missing one. `download` makes browsers save it (one
 * event's file); feeds are served inline for calendar apps. Never cached by shared caches.
 */
export async function icsResponse(build: () => Promise<{ filename: string; content: string }>, { download }: { download: boolean }): Promise<Response> {
  try {
    const file = await build();
    return new Response(file.content, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
      },
    });
  } catch (error) {
    if (error instanceof DomainError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
