import type { NextRequest } from "next/server";
import { currentUser } from "@/lib/auth/current-user";
import { findSpeakerCandidates } from "@/lib/events/pickers";
import { lookupResponse } from "@/lib/http/lookup";

/** The event form's speaker picker: `?q=` part of a name, answered with at most 10 registered people. */
export async function GET(request: NextRequest) {
  return lookupResponse(async () => findSpeakerCandidates({ actor: await currentUser(), query: request.nextUrl.searchParams.get("q") ?? "" }));
}
