import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { getCommunitySettings } from "@/lib/communities/settings-queries";
import { orNotFound } from "@/lib/http/or-not-found";

/** The settings of a community for its leader (here or above) or an administrator; others get a 404. */
export async function loadSettings(locale: string, slug: string) {
  const viewer = await requireUser(locale);
  const settings = await orNotFound(getCommunitySettings({ viewer, slug }));
  return { viewer, settings };
}
