import { after, type NextRequest } from "next/server";
import { recordPageView } from "@/lib/activity/page-views";
import { currentUser } from "@/lib/auth/current-user";

const cookieName = "mv_visitor";

/** Beacon target: answers at once and writes the view after the response. */
export async function POST(request: NextRequest) {
  const input = await request.json().catch(() => null);
  const known = request.cookies.get(cookieName)?.value;
  const visitorId = known ?? crypto.randomUUID();
  const viewer = await currentUser();
  after(() => recordPageView({ input, visitorId, userId: viewer?.id ?? null }).catch((e) => console.error("[page-views]", e)));
  const response = new Response(null, { status: 204 });
  if (!known) {
    // A random id with no personal data, for counting unique visitors.
    response.headers.append("Set-Cookie", `${cookieName}=${visitorId}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax${request.nextUrl.protocol === "https:" ? "; Secure" : ""}`);
  }
  return response;
}
