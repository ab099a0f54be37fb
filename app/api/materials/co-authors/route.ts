import type { NextRequest } from "next/server";
import { currentUser } from "@/lib/auth/current-user";
import { lookupResponse } from "@/lib/http/lookup";
import { findCoAuthorCandidates } from "@/lib/materials/co-authors";

/** The material form's co-author picker: `?q=` part of a name, answered with at most 10 colleagues. */
export async function GET(request: NextRequest) {
  return lookupResponse(async () => findCoAuthorCandidates({ actor: await currentUser(), query: request.nextUrl.searchParams.get("q") ?? "" }));
}
