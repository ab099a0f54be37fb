"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import type { Actor } from "@/lib/auth/permissions";
import { searchLeaderCandidates } from "./admin-queries";
import { appointLeader, createCommunity, liquidateCommunity, removeModerator, setModerator, setServices, updateCommunity } from "./mutations";

// The catalogue, community pages, the admin list and the header all show communities.
function refreshPages() {
  revalidatePath("/[locale]", "layout");
}

/** Calls a mutation as the signed-in user; a refusal becomes a result the form shows. */
async function run<R extends { ok: boolean }>(mutation: (caller: { actor: Actor | null; ip: string }) => Promise<R>) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => mutation({ actor: viewer, ip }));
  if (result.ok) refreshPages();
  return result;
}

export async function searchLeaderCandidatesAction(query: string) {
  const { viewer } = await actionContext();
  return refusalsAsResults(() => searchLeaderCandidates({ actor: viewer, query: String(query ?? "") }));
}

export async function createCommunityAction(input: unknown) {
  const result = await run((caller) => createCommunity({ ...caller, input }));
  if (!result.ok) return result;
  redirect(`/${await getLocale()}/admin/communities/${result.data.id}?created=1`);
}

export async function updateCommunityAction(communityId: string, input: unknown) {
  return run((caller) => updateCommunity({ ...caller, communityId: String(communityId), input }));
}

export async function setServicesAction(communityId: string, input: unknown) {
  return run((caller) => setServices({ ...caller, communityId: String(communityId), input }));
}

export async function setModeratorAction(communityId: string, input: unknown) {
  return run((caller) => setModerator({ ...caller, communityId: String(communityId), input }));
}

export async function removeModeratorAction(communityId: string, input: unknown) {
  return run((caller) => removeModerator({ ...caller, communityId: String(communityId), input }));
}

export async function liquidateCommunityAction(communityId: string, input: unknown) {
  return run((caller) => liquidateCommunity({ ...caller, communityId: String(communityId), input }));
}

export async function appointLeaderAction(communityId: string, input: unknown) {
  return run((caller) => appointLeader({ ...caller, communityId: String(communityId), input }));
}
