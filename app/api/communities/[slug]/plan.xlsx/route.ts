import { currentUser } from "@/lib/auth/current-user";
import { exportPlanXlsx } from "@/lib/communities/plan-export";
import { DomainError } from "@/lib/errors";

// The plan as a spreadsheet, authorized like the plan page: members-only plans only for those
// who may read them; a refusal looks like a missing community.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "ru";
  try {
    const file = await exportPlanXlsx({ viewer: await currentUser(), slug, locale });
    return new Response(new Uint8Array(file.content), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
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
