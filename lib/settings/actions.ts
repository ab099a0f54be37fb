"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { updateSettings } from "./mutations";

export async function updateSettingsAction(input: unknown) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => updateSettings({ actor: viewer, input, ip }));
  if (result.ok) revalidatePath("/[locale]/admin/settings", "page");
  return result;
}
