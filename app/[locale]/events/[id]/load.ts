import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { currentUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { getEventPage } from "@/lib/events/queries";

/** The event for this request (read once for metadata and page); unreadable or unknown: 404. */
export const loadEvent = cache(async (id: string) => {
  const viewer = await currentUser();
  try {
    return { viewer, page: await getEventPage({ viewer, id }) };
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
});
