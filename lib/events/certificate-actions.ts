"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { issueCertificates, revokeCertificate } from "./certificates";

// Thin wrapper: who asks, the bulk issue, then fresh pages (the organizer's list, holders' profiles and bells).
export async function issueCertificatesAction(eventId: string) {
  const { viewer, baseUrl } = await actionContext();
  const result = await refusalsAsResults(() => issueCertificates({ actor: viewer, eventId: String(eventId), baseUrl }));
  if (result.ok) revalidatePath("/[locale]", "layout");
  return result;
}

export async function revokeCertificateAction(eventId: string, input: unknown) {
  const { viewer } = await actionContext();
  const result = await refusalsAsResults(() => revokeCertificate({ actor: viewer, eventId: String(eventId), input }));
  if (result.ok) revalidatePath("/[locale]", "layout");
  return result;
}
