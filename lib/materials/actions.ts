"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { createCollection, deleteCollection, setFavourite, setInCollection, updateCollection } from "./collections";
import { createDraft, submitMaterial, updateDraft } from "./drafts";
import { deleteExperience, recordExperience } from "./experiences";
import { addVideoLink, removeFile } from "./files";
import { moderateMaterial } from "./moderation";
import { rateMaterial } from "./ratings";
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

export async function rateMaterialAction(id: string, input: unknown) {
  return run((actor) => rateMaterial({ actor, id: String(id), input }));
}

export async function recordExperienceAction(id: string, input: unknown) {
  return run((actor) => recordExperience({ actor, id: String(id), input }));
}

export async function deleteExperienceAction(experienceId: string) {
  return run((actor) => deleteExperience({ actor, experienceId: String(experienceId) }));
}

export async function setFavouriteAction(id: string, input: unknown) {
  return run((actor) => setFavourite({ actor, id: String(id), input }));
}

export async function setInCollectionAction(collectionId: string, materialId: string, input: unknown) {
  return run((actor) => setInCollection({ actor, collectionId: String(collectionId), materialId: String(materialId), input }));
}

export async function createCollectionAction(input: unknown) {
  return run((actor) => createCollection({ actor, input }));
}

export async function updateCollectionAction(collectionId: string, input: unknown) {
  return run((actor) => updateCollection({ actor, collectionId: String(collectionId), input }));
}

export async function deleteCollectionAction(collectionId: string) {
  return run((actor) => deleteCollection({ actor, collectionId: String(collectionId) }));
}
