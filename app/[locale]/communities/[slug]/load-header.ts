import "server-only";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { getCommunityHeader } from "@/lib/communities/queries";
import { DomainError } from "@/lib/errors";

/** The community's header for this request (read once for the layout and its page); unknown: 404. */
export async function loadCommunityHeader(slug: string) {
  const viewer = await currentUser();
  return getCommunityHeader({ viewer, slug }).catch((error: unknown) => {
    if (error instanceof DomainError) notFound();
    throw error;
  });
}
