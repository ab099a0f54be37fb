import { baseUrl } from "@/lib/auth/request-meta";
import { communityIcs } from "@/lib/events/ical";
import { icalLabels, icsResponse } from "@/lib/events/ical-http";
import { requestLocale } from "@/lib/http/download";

// A community's subscribable feed. Calendar apps send no session: only what a guest may read.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = requestLocale(request);
  return icsResponse(async () => communityIcs({ slug, labels: await icalLabels(locale), baseUrl: baseUrl(request.headers), locale }), { download: false });
}
