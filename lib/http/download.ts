import "server-only";
import { DomainError } from "@/lib/errors";

// How every file leaves the app (SECURITY.md 11): the stored type, never sniffed, never kept by
// shared caches, and a refusal (DomainError) that looks like a missing file.

export type Download = {
  body: BodyInit;
  filename: string;
  contentType: string;
  /** Saved by the browser (default) or shown in place (previews, calendar feeds). */
  disposition?: "attachment" | "inline";
  /** Extra or overriding headers (Content-Length, Cache-Control, CSP, Set-Cookie...). */
  headers?: Record<string, string>;
};

/** The `?locale=` a download was asked in; Russian unless English was asked. */
export function requestLocale(request: Request): "ru" | "en" {
  return new URL(request.url).searchParams.get("locale") === "en" ? "en" : "ru";
}

/** Content-Disposition with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(disposition: "attachment" | "inline", filename: string): string {
  return `${disposition}; filename="${filename.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export async function downloadResponse(build: () => Promise<Download>): Promise<Response> {
  try {
    const file = await build();
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": contentDisposition(file.disposition ?? "attachment", file.filename),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        ...file.headers,
      },
    });
  } catch (error) {
    if (error instanceof DomainError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
