"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import { createPlanItem, deletePlanItem, updatePlanItem } from "./plan";

// The community home shows the plan's current items too: refresh every community page.
function refresh() {
  revalidatePath("/[locale]/communities", "layout");
}

export async function createPlanItemAction(slug: string, input: unknown) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => createPlanItem({ actor: viewer, ip, slug: String(slug), input }));
  if (result.ok) refresh();
  return result;
}

export async function updatePlanItemAction(id: string, input: unknown) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => updatePlanItem({ actor: viewer, ip, id: String(id), input }));
  if (result.ok) refresh();
  return result;
}

export async function deletePlanItemAction(id: string) {
  const { viewer, ip } = await actionContext();
  const result = await refusalsAsResults(() => deletePlanItem({ actor: viewer, ip, id: String(id) }));
  if (result.ok) refresh();
  return result;
}
