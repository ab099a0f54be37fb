"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { addRepresentative, removeRepresentative } from "./representatives";

export async function addRepresentativeAction(input: unknown) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => addRepresentative({ actor: viewer, input, ip }));
  if (result.ok) revalidatePath("/[locale]", "layout");
  return result;
}

export async function removeRepresentativeAction(input: unknown) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => removeRepresentative({ actor: viewer, input, ip }));
  if (result.ok) revalidatePath("/[locale]", "layout");
  return result;
}
