import { databaseReady } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

/** Readiness: 503 while the database does not answer (SECURITY.md 21). */
export async function GET() {
  const ready = await databaseReady();
  return Response.json({ status: ready ? "ok" : "unavailable" }, { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
