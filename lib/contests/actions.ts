"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { editEntry, submitEntry, withdrawEntry } from "./entries";
import { appointJurors, removeJuror, scoreEntry } from "./jury";
import { publishResults, setPlaces } from "./results";
import { setEntriesDeadline } from "./settings";

// Thin wrappers: who asks, the domain function, then fresh event pages (and, for results, the bell).

type Context = Awaited<ReturnType<typeof actionContext>>;

async function run<T extends { ok: boolean }>(call: (context: Context) => Promise<T>) {
  const context = await actionContext();
  const result = await refusalsAsResults(() => call(context));
  if (result.ok) revalidatePath("/[locale]/events", "layout");
  return result;
}

export async function submitEntryAction(eventId: string, input: unknown) {
  return run(({ viewer }) => submitEntry({ actor: viewer, eventId: String(eventId), input }));
}

export async function editEntryAction(eventId: string, input: unknown) {
  return run(({ viewer }) => editEntry({ actor: viewer, eventId: String(eventId), input }));
}

export async function withdrawEntryAction(eventId: string) {
  return run(({ viewer }) => withdrawEntry({ actor: viewer, eventId: String(eventId) }));
}

export async function appointJurorsAction(eventId: string, input: unknown) {
  return run(({ viewer }) => appointJurors({ actor: viewer, eventId: String(eventId), input }));
}

export async function removeJurorAction(eventId: string, userId: string) {
  return run(({ viewer }) => removeJuror({ actor: viewer, eventId: String(eventId), userId: String(userId) }));
}

export async function scoreEntryAction(eventId: string, entryId: string, input: unknown) {
  return run(({ viewer }) => scoreEntry({ actor: viewer, eventId: String(eventId), entryId: String(entryId), input }));
}

export async function setPlacesAction(eventId: string, input: unknown) {
  return run(({ viewer }) => setPlaces({ actor: viewer, eventId: String(eventId), input }));
}

export async function setEntriesDeadlineAction(eventId: string, input: unknown) {
  return run(({ viewer }) => setEntriesDeadline({ actor: viewer, eventId: String(eventId), input }));
}

export async function publishResultsAction(eventId: string) {
  const result = await run(({ viewer, baseUrl }) => publishResults({ actor: viewer, eventId: String(eventId), baseUrl }));
  // Winners' bells are in the header of every page.
  if (result.ok) revalidatePath("/[locale]", "layout");
  return result;
}
