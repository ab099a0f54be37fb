import { currentUser } from "@/lib/auth/current-user";
import { baseUrl } from "@/lib/auth/request-meta";
import { certificatePdf, verificationUrl } from "@/lib/events/certificate-pdf";
import { certificateForDownload } from "@/lib/events/certificates";
import { downloadResponse } from "@/lib/http/download";

// A certificate's PDF for its holder, the event's organizers or an administrator
// (certificateForDownload authorizes); any refusal looks like a missing file.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return downloadResponse(async () => {
    const certificate = await certificateForDownload({ actor: await currentUser(), id });
    const pdf = await certificatePdf(certificate, verificationUrl(baseUrl(request.headers), certificate.number));
    return { body: new Uint8Array(pdf), filename: `sertifikat-${certificate.number}.pdf`, contentType: "application/pdf" };
  });
}
