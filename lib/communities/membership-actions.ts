"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { approveRequest, invite, rejectRequest, removeMember } from "./membership-decisions";
import {
  acceptInvitation,
  declineInvitation,
  join,
  joinAsOrganization,
  leave,
  leaveForOrganization,
  requestAsOrganization,
  requestToJoin,
  withdrawForOrganization,
  withdrawRequest,
} from "./membership-mutations";
import { searchInvitees } from "./membership-queries";

// Community pages, member counts, "my communities" and the bell all change with membership.
function refresh() {
  revalidatePath("/[locale]", "layout");
}

type Run<T> = (caller: { actor: Awaited<ReturnType<typeof actionContext>>["viewer"]; input: unknown; baseUrl: string }) => Promise<T>;

async function perform<T extends { ok: boolean }>(run: Run<T>, input: unknown) {
  const { viewer, baseUrl } = await actionContext();
  const result = await refusalsAsResults(() => run({ actor: viewer, input, baseUrl }));
  if (result.ok) refresh();
  return result;
}

export async function joinAction(input: unknown) {
  return perform(join, input);
}
export async function requestToJoinAction(input: unknown) {
  return perform(requestToJoin, input);
}
export async function withdrawRequestAction(input: unknown) {
  return perform(withdrawRequest, input);
}
export async function leaveAction(input: unknown) {
  return perform(leave, input);
}
export async function acceptInvitationAction(input: unknown) {
  return perform(acceptInvitation, input);
}
export async function declineInvitationAction(input: unknown) {
  return perform(declineInvitation, input);
}
export async function joinAsOrganizationAction(input: unknown) {
  return perform(joinAsOrganization, input);
}
export async function requestAsOrganizationAction(input: unknown) {
  return perform(requestAsOrganization, input);
}
export async function withdrawForOrganizationAction(input: unknown) {
  return perform(withdrawForOrganization, input);
}
export async function leaveForOrganizationAction(input: unknown) {
  return perform(leaveForOrganization, input);
}
export async function approveRequestAction(input: unknown) {
  return perform(approveRequest, input);
}
export async function rejectRequestAction(input: unknown) {
  return perform(rejectRequest, input);
}
export async function removeMemberAction(input: unknown) {
  return perform(removeMember, input);
}
export async function inviteAction(input: unknown) {
  return perform(invite, input);
}

export async function searchInviteesAction(communityId: string, query: string) {
  const { viewer } = await actionContext();
  const result = await refusalsAsResults(async () => ({ ok: true as const, data: await searchInvitees({ viewer, communityId: String(communityId), query: String(query ?? "") }) }));
  return result.ok ? result.data : [];
}
