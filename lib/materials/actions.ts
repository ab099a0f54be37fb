"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { createDraft, submitMaterial, updateDraft } from "./drafts";
import { addVideoLink, removeFile } from "./files";
import { moderateMaterial } from "./moderation";
import { assignExpert, completeReview, takeForReview } from "./reviews";

// Thin wrappers: who asks, the domain function, then fresh material pages.

function refresh() {
  revalidatePath("/[locale]/materials", "layout");
}

async function run<T extends { ok: boolean }>(call: (viewer: Awaited<ReturnType<typeof actionContext>>["viewer"]) => Promise<T>) {
  const { viewer } = await actionContext();
  const result = await refusalsAsResults(() => call(viewer));
  if (result.ok) refresh();
  return result;
}

export async function createDraftAction(input: unknown) {
  return run((actor) => createDraft({ actor, input }));
}

export async function updateDraftAction(id: string, input: unknown) {
  return run((actor) => updateDraft({ actor, id: String(id), input }));
}

export async function submitMaterialAction(id: string, input: unknown) {
  return run((actor) => submitMaterial({ actor, id: String(id), input }));
}

export async function assignExpertAction(id: string, input: unknown) {
  return run((actor) => assignExpert({ actor, id: String(id), input }));
}

export async function takeForReviewAction(id: string) {
  return run((actor) => takeForReview({ actor, id: String(id) }));
}

export async function completeReviewAction(reviewId: string, input: unknown) {
  return run((actor) => completeReview({ actor, reviewId: String(reviewId), input }));
}

export async function moderateMaterialAction(id: string, input: unknown) {
  return run((actor) => moderateMaterial({ actor, id: String(id), input }));
}

export async function removeFileAction(fileId: string) {
  return run((actor) => removeFile({ actor, fileId: String(fileId) }));
}

export async function addVideoLinkAction(id: string, input: unknown) {
  return run((actor) => addVideoLink({ actor, materialId: String(id), input }));
}
