import { currentUser } from "@/lib/auth/current-user";
import { baseUrl } from "@/lib/auth/request-meta";
import { eventIcs } from "@/lib/events/ical";
import { icalLabels, icsResponse } from "@/lib/events/ical-http";
import { requestLocale } from "@/lib/http/download";

// One event's .ics, readable exactly as its page is (lib/events/access.ts).
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const locale = requestLocale(request);
  return icsResponse(async () => eventIcs({ viewer: await currentUser(), eventId: id, labels: await icalLabels(locale), baseUrl: baseUrl(request.headers), locale }), { download: true });
}
