"use server";

import { revalidatePath } from "next/cache";
import { actionContext, refusalsAsResults } from "@/lib/auth/action-context";
import type { Result } from "@/lib/errors";
import { addCriterion, moveCriterion, renameCriterion, setCriterionActive } from "./rubric";

// Thin wrappers: who asks and from where, the domain function, then a fresh rubric page and review forms.

async function run<T>(call: (context: Awaited<ReturnType<typeof actionContext>>) => Promise<Result<T>>) {
  const context = await actionContext();
  const result = await refusalsAsResults(() => call(context));
  if (result.ok) {
    revalidatePath("/[locale]/admin/rubric", "page");
    revalidatePath("/[locale]/materials/[id]/review", "page");
  }
  return result;
}

export async function addCriterionAction(input: unknown) {
  return run(({ viewer, ip }) => addCriterion({ actor: viewer, input, ip }));
}

export async function renameCriterionAction(id: string, input: unknown) {
  return run(({ viewer, ip }) => renameCriterion({ actor: viewer, id: String(id), input, ip }));
}

export async function moveCriterionAction(id: string, direction: "up" | "down") {
  return run(({ viewer, ip }) => moveCriterion({ actor: viewer, id: String(id), direction, ip }));
}

export async function setCriterionActiveAction(id: string, active: boolean) {
  return run(({ viewer, ip }) => setCriterionActive({ actor: viewer, id: String(id), active, ip }));
}
