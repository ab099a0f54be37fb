import { after, type NextRequest } from "next/server";
import { recordPageView } from "@/lib/activity/page-views";
import { visitorOf } from "@/lib/activity/visitor";
import { currentUser } from "@/lib/auth/current-user";

/** Beacon target: answers at once and writes the view after the response. */
export async function POST(request: NextRequest) {
  const input = await request.json().catch(() => null);
  const { visitorId, setCookie } = visitorOf(request);
  const viewer = await currentUser();
  after(() => recordPageView({ input, visitorId, userId: viewer?.id ?? null }).catch((e) => console.error("[page-views]", e)));
  const response = new Response(null, { status: 204 });
  if (setCookie) response.headers.append("Set-Cookie", setCookie);
  return response;
}
