import { after, type NextRequest } from "next/server";
import { visitorOf } from "@/lib/activity/visitor";
import { currentUser } from "@/lib/auth/current-user";
import { recordDemand } from "@/lib/materials/demand";

/** The material page's beacon: a view, counted once a day per visitor, written after the response. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { visitorId, setCookie } = visitorOf(request);
  const viewer = await currentUser();
  after(() => recordDemand("view", { materialId: id, visitor: viewer?.id ?? visitorId, userId: viewer?.id ?? null }).catch((e) => console.error("[material views]", e)));
  const response = new Response(null, { status: 204 });
  if (setCookie) response.headers.append("Set-Cookie", setCookie);
  return response;
}
