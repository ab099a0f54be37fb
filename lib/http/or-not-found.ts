import "server-only";
import { notFound } from "next/navigation";
import { DomainError } from "@/lib/errors";

/**
 * A page's loading: a refusal of the domain (missing, or not the viewer's to see) renders the 404
 * page, so that a page never confirms what its viewer may not know exists.
 */
export function orNotFound<T>(work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    if (error instanceof DomainError) notFound();
    throw error;
  });
}
