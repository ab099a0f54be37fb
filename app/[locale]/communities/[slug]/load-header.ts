import "server-only";
import { currentUser } from "@/lib/auth/current-user";
import { getCommunityHeader } from "@/lib/communities/queries";
import { orNotFound } from "@/lib/http/or-not-found";

/** The community's header for this request (read once for the layout and its page); unknown: 404. */
export async function loadCommunityHeader(slug: string) {
  const viewer = await currentUser();
  return orNotFound(getCommunityHeader({ viewer, slug }));
}
