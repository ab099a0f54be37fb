import type { NextRequest } from "next/server";
import { currentUser } from "@/lib/auth/current-user";
import { findJurorCandidates } from "@/lib/contests/jury";
import { lookupResponse } from "@/lib/http/lookup";

/** The contest organizers' juror picker: `?q=` part of a name, answered with at most 10 eligible people. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return lookupResponse(async () => findJurorCandidates({ actor: await currentUser(), eventId: (await params).id, query: request.nextUrl.searchParams.get("q") ?? "" }));
}
