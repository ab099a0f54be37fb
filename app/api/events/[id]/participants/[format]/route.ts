import { currentUser } from "@/lib/auth/current-user";
import { exportParticipants } from "@/lib/events/participants-export";
import { downloadResponse, requestLocale } from "@/lib/http/download";

// The participant list as XLSX or CSV, for the event's organizers only (exportParticipants
// authorizes); every refusal looks like a missing file.
export async function GET(request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id, format } = await params;
  if (format !== "xlsx" && format !== "csv") return new Response("Not found", { status: 404 });
  return downloadResponse(async () => {
    const file = await exportParticipants({ actor: await currentUser(), eventId: id, locale: requestLocale(request), format });
    return { body: new Uint8Array(file.content), filename: file.filename, contentType: file.contentType };
  });
}
