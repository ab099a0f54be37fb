import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";

// Locale routing and the nonce-based Content-Security-Policy; never an authorization gate.
const handleLocale = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // Material videos embed only these players (lib/materials/video-links.ts builds their addresses).
    "frame-src https://www.youtube-nocookie.com https://rutube.ru https://vkvideo.ru",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
  request.headers.set("x-nonce", nonce);
  request.headers.set("Content-Security-Policy", csp);
  const response = handleLocale(request);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Everything but route handlers and build assets, dotted paths included: an unknown "/ru/x.html"
// is a localized 404 with the policy, not a bare response without one.
export const config = {
  matcher: ["/((?!api/|_next/static/|_next/image|favicon.ico).*)"],
};
