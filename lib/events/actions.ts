"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { cancelEvent, createEvent, saveResults, updateEvent } from "./mutations";

// Thin wrappers: who asks, the domain function, then fresh event pages.

type Context = Awaited<ReturnType<typeof actionContext>>;

async function run<T extends { ok: boolean }>(call: (viewer: Context["viewer"], context: Context) => Promise<T>) {
  const context = await actionContext();
  const result = await refusalsAsResults(() => call(context.viewer, context));
  if (result.ok) {
    revalidatePath("/[locale]/events", "layout");
    revalidatePath("/[locale]/communities", "layout");
  }
  return result;
}

export async function createEventAction(input: unknown) {
  return run((actor) => createEvent({ actor, input }));
}

export async function updateEventAction(id: string, input: unknown) {
  return run((actor, { baseUrl }) => updateEvent({ actor, id: String(id), input, baseUrl }));
}

export async function cancelEventAction(id: string, input: unknown) {
  return run((actor) => cancelEvent({ actor, id: String(id), input }));
}

export async function saveResultsAction(id: string, input: unknown) {
  return run((actor) => saveResults({ actor, id: String(id), input }));
}
