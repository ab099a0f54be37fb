import { baseUrl } from "@/lib/auth/request-meta";
import { privateFeedIcs } from "@/lib/events/ical";
import { icalLabels, icsResponse } from "@/lib/events/ical-http";

// A user's private feed behind a rotatable token (lib/events/ical.ts); in the owner's language.
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return icsResponse(async () => privateFeedIcs({ token: token.replace(/\.ics$/, ""), labels: icalLabels, baseUrl: baseUrl(request.headers) }), { download: false });
}
