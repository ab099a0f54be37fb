"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { deleteAnnouncement, publishAnnouncement, publishOrganizationAnnouncement } from "./announcements";

// Announcements show on community pages, organization pages, feeds and (as notifications) in
// every recipient's bell in the header: refresh the whole localized tree.
function refresh() {
  revalidatePath("/[locale]", "layout");
}

export async function publishAnnouncementAction(slug: string, input: unknown) {
  const { viewer, ip, baseUrl } = await actionContext();
  const result = await refusalsAsResults(() => publishAnnouncement({ actor: viewer, ip, slug: String(slug), input, baseUrl }));
  if (result.ok) refresh();
  return result;
}

export async function publishOrganizationAnnouncementAction(organizationId: string, input: unknown) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => publishOrganizationAnnouncement({ actor: viewer, ip, organizationId: String(organizationId), input }));
  if (result.ok) refresh();
  return result;
}

export async function deleteAnnouncementAction(id: string) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => deleteAnnouncement({ actor: viewer, ip, id: String(id) }));
  if (result.ok) refresh();
  return result;
}
