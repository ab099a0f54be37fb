"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { approveOrganization, createOrganization, mergeOrganization, updateOrganization } from "./mutations";
import { searchOrganizations } from "./queries";

export async function searchOrganizationsAction(query: string) {
  return searchOrganizations({ query: String(query ?? "") });
}

// The directory, organization pages, profiles and the home page figures all show organizations.
function refreshPages() {
  revalidatePath("/[locale]", "layout");
}

export async function createOrganizationAction(input: unknown) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => createOrganization({ actor: viewer, input, ip }));
  if (!result.ok) return result;
  refreshPages();
  redirect(`/${await getLocale()}/admin/organizations/${result.data.id}?created=1`);
}

export async function updateOrganizationAction(id: string, input: unknown) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => updateOrganization({ actor: viewer, id: String(id), input, ip }));
  if (result.ok) refreshPages();
  return result;
}

export async function approveOrganizationAction(id: string) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => approveOrganization({ actor: viewer, id: String(id), ip }));
  if (result.ok) refreshPages();
  return result;
}

export async function mergeOrganizationAction(input: unknown) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => mergeOrganization({ actor: viewer, input, ip }));
  if (result.ok) refreshPages();
  return result;
}
