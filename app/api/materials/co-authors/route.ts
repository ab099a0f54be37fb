import type { NextRequest } from "next/server";
import { currentUser } from "@/lib/auth/current-user";
import { findCoAuthorCandidates } from "@/lib/materials/co-authors";
import { DomainError } from "@/lib/errors";

/** The material form's co-author picker: `?q=` part of a name, answered with at most 10 colleagues. */
export async function GET(request: NextRequest) {
  const headers = { "Cache-Control": "private, no-store" };
  try {
    const result = await findCoAuthorCandidates({ actor: await currentUser(), query: request.nextUrl.searchParams.get("q") ?? "" });
    return Response.json(result, { status: result.ok ? 200 : 400, headers });
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ ok: false, error: error.code }, { status: error.code === "unauthenticated" ? 401 : 403, headers });
    throw error;
  }
}
