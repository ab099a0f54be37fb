import "server-only";
import { cache } from "react";
import { currentUser } from "@/lib/auth/current-user";
import { getEventPage } from "@/lib/events/queries";
import { orNotFound } from "@/lib/http/or-not-found";

/** The event for this request (read once for metadata and page); unreadable or unknown: 404. */
export const loadEvent = cache(async (id: string) => {
  const viewer = await currentUser();
  return { viewer, page: await orNotFound(getEventPage({ viewer, id })) };
});
