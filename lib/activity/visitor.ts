import type { NextRequest } from "next/server";

// The anonymous visitor id: a random cookie with no personal data, for counting unique visitors.
export const visitorCookie = "mv_visitor";

/** The request's visitor id, and the Set-Cookie header to send when it is new. */
export function visitorOf(request: NextRequest): { visitorId: string; setCookie: string | null } {
  const known = request.cookies.get(visitorCookie)?.value;
  if (known && /^[0-9a-f-]{36}$/.test(known)) return { visitorId: known, setCookie: null };
  const visitorId = crypto.randomUUID();
  return { visitorId, setCookie: `${visitorCookie}=${visitorId}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax${request.nextUrl.protocol === "https:" ? "; Secure" : ""}` };
}
