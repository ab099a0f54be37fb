import type { ZodError } from "zod";

/** Message keys under `errors` in messages/<locale>/common.json: the client translates them. */
export type FieldErrors = Record<string, string>;

export type Result<T = undefined> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors };

export function ok(): Result<undefined>;
export function ok<T>(data: T): Result<T>;
export function ok<T>(data?: T): Result<T | undefined> {
  return { ok: true, data };
}

export function fail(error: string, fieldErrors?: FieldErrors): { ok: false; error: string; fieldErrors?: FieldErrors } {
  return fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
}

/** Turns zod issues into one message key per field; schemas name their keys, anything else is "invalid". */
export function fromZod(error: ZodError) {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    fieldErrors[field] ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
  }
  return fail("invalid", fieldErrors);
}

export type DomainErrorCode = "forbidden" | "notFound" | "unauthenticated";

/** Thrown by queries when the caller may not see something; routes map it to 403/404. */
export class DomainError extends Error {
  constructor(public readonly code: DomainErrorCode) {
    super(code);
    this.name = "DomainError";
  }
}
