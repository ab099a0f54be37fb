"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { cancelRegistration, markAttendance, messageRegistrants, registerForEvent } from "./registrations";

// Thin wrappers: who asks, the domain function, then fresh pages. Registration shows on the event,
// the calendars ("my events") and, through notifications, in the bell of the header: the whole tree.

function refresh() {
  revalidatePath("/[locale]", "layout");
}

async function run<T extends { ok: boolean }>(call: (context: Awaited<ReturnType<typeof actionContext>>) => Promise<T>) {
  const context = await actionContext();
  const result = await refusalsAsResults(() => call(context));
  if (result.ok) refresh();
  return result;
}

export async function registerForEventAction(eventId: string) {
  return run(({ viewer }) => registerForEvent({ actor: viewer, eventId: String(eventId) }));
}

export async function cancelRegistrationAction(eventId: string) {
  return run(({ viewer, baseUrl }) => cancelRegistration({ actor: viewer, eventId: String(eventId), baseUrl }));
}

export async function markAttendanceAction(eventId: string, input: unknown) {
  return run(({ viewer }) => markAttendance({ actor: viewer, eventId: String(eventId), input }));
}

export async function messageRegistrantsAction(eventId: string, input: unknown) {
  return run(({ viewer, baseUrl }) => messageRegistrants({ actor: viewer, eventId: String(eventId), input, baseUrl }));
}
