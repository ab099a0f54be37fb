"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { saveReminderSettings } from "./settings";

export async function saveReminderSettingsAction(input: unknown) {
  const { viewer } = await actionContext();
  const result = await refusalsAsResults(() => saveReminderSettings({ actor: viewer, input }));
  if (result.ok) revalidatePath("/[locale]/profile", "page");
  return result;
}
