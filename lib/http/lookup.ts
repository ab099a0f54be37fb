import "server-only";
import { DomainError } from "@/lib/errors";
import type { Result } from "@/lib/errors";

// The pickers' look-ups (components/forms/people-picker.tsx): a Result as JSON, never cached,
// a bad query as 400 and a refusal with its status.

const statuses: Record<string, number> = { unauthenticated: 401, notFound: 404 };

export async function lookupResponse<T>(find: () => Promise<Result<T>>): Promise<Response> {
  const headers = { "Cache-Control": "private, no-store" };
  try {
    const result = await find();
    return Response.json(result, { status: result.ok ? 200 : 400, headers });
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ ok: false, error: error.code }, { status: statuses[error.code] ?? 403, headers });
    throw error;
  }
}
