import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { isThrottled } from "@/lib/accounts/sign-in";
import { clientIp } from "@/lib/auth/request-meta";

export const GET = handlers.GET;

/** Direct posts to the credentials callback get a real 429 once failures pass the limit. */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "").trim().toLowerCase();
    if (await isThrottled(email, clientIp(request.headers))) {
      return new Response("Too many sign-in attempts", { status: 429, headers: { "Retry-After": "900" } });
    }
  }
  return handlers.POST(request);
}
