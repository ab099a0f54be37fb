import { Readable } from "node:stream";
import { after, type NextRequest } from "next/server";
import { visitorOf } from "@/lib/activity/visitor";
import { currentUser } from "@/lib/auth/current-user";
import { downloadResponse } from "@/lib/http/download";
import { recordDemand } from "@/lib/materials/demand";
import { openFile } from "@/lib/materials/files";

// Files leave only through here (SECURITY.md 11): authorized like the material's page, as the
// stored type, never sniffed; documents as attachments, images and PDFs inline for previews.
const inline = new Set(["application/pdf", "image/jpeg", "image/png", "image/webp", "image/gif", "video/mp4", "video/webm"]);

export async function GET(request: NextRequest, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  const url = new URL(request.url);
  const preview = url.searchParams.get("preview") === "1";
  return downloadResponse(async () => {
    const viewer = await currentUser();
    const file = await openFile({ viewer, fileId, preview });
    const { visitorId, setCookie } = visitorOf(request);
    // A download (not a preview) counts for the material's demand, once a day per visitor.
    if (!preview) after(() => recordDemand("download", { materialId: file.materialId, visitor: viewer?.id ?? visitorId, userId: viewer?.id ?? null }).catch((e) => console.error("[downloads]", e)));
    return {
      body: Readable.toWeb(file.body) as ReadableStream,
      filename: file.name,
      contentType: file.contentType,
      disposition: inline.has(file.contentType) && url.searchParams.get("download") !== "1" ? "inline" : "attachment",
      headers: {
        "Content-Length": String(file.size),
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox",
        "Cache-Control": "private, max-age=300",
        ...(setCookie ? { "Set-Cookie": setCookie } : {}),
      },
    };
  });
}
