import type { NextRequest } from "next/server";
import { currentUser } from "@/lib/auth/current-user";
import { findAttachableMaterials } from "@/lib/events/pickers";
import { lookupResponse } from "@/lib/http/lookup";

/** The event form's material picker: `?q=` part of a title, answered with at most 10 readable published materials. */
export async function GET(request: NextRequest) {
  return lookupResponse(async () => findAttachableMaterials({ actor: await currentUser(), query: request.nextUrl.searchParams.get("q") ?? "" }));
}
