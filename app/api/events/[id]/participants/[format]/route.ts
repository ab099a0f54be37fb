import { currentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { exportParticipants } from "@/lib/events/participants-export";

// The participant list as XLSX or CSV, for the event's organizers only (exportParticipants
// authorizes); every refusal looks like a missing file.
export async function GET(request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id, format } = await params;
  if (format !== "xlsx" && format !== "csv") return new Response("Not found", { status: 404 });
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "ru";
  try {
    const file = await exportParticipants({ actor: await currentUser(), eventId: id, locale, format });
    return new Response(new Uint8Array(file.content), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof DomainError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
