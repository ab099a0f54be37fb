"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { approveUser, blockUser, setUserRoles, unblockUser } from "./mutations";

// Roles show on public profiles and status decides who appears anywhere: refresh every page.
function refreshPages() {
  revalidatePath("/[locale]", "layout");
}

export async function setUserRolesAction(input: unknown) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => setUserRoles({ actor: viewer, input, ip }));
  if (result.ok) refreshPages();
  return result;
}

export async function blockUserAction(input: unknown) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => blockUser({ actor: viewer, input, ip }));
  if (result.ok) refreshPages();
  return result;
}

export async function unblockUserAction(input: unknown) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => unblockUser({ actor: viewer, input, ip }));
  if (result.ok) refreshPages();
  return result;
}

export async function approveUserAction(input: unknown) {
  const { viewer, ip, baseUrl } = await actionContext();
  const result = await refusalsAsResults(() => approveUser({ actor: viewer, input, ip, baseUrl }));
  if (result.ok) refreshPages();
  return result;
}
