import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getCommunitySettings } from "@/lib/communities/settings-queries";
import { DomainError } from "@/lib/errors";

/** The settings of a community for its leader (here or above) or an administrator; others get a 404. */
export async function loadSettings(locale: string, slug: string) {
  const viewer = await requireUser(locale);
  const settings = await getCommunitySettings({ viewer, slug }).catch((error: unknown) => {
    if (error instanceof DomainError) notFound();
    throw error;
  });
  return { viewer, settings };
}
