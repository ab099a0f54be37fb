import { currentUser } from "@/lib/auth/current-user";
import { exportPlanXlsx } from "@/lib/communities/plan-export";
import { downloadResponse, requestLocale } from "@/lib/http/download";

// The plan as a spreadsheet, authorized like the plan page: members-only plans only for those
// who may read them; a refusal looks like a missing community.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return downloadResponse(async () => {
    const file = await exportPlanXlsx({ viewer: await currentUser(), slug, locale: requestLocale(request) });
    return { body: new Uint8Array(file.content), filename: file.filename, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
  });
}
