import "server-only";
import type { Executor } from "@/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { fail } from "@/lib/errors";
import { readableMaterial, type MaterialAccess } from "./access";

/**
 * Ratings and experiences of use are for colleagues: a published material the caller may read,
 * not one they wrote. Returns the access, or the refusal to hand back.
 */
export async function colleagueAccess(actor: Actor, id: string, db: Executor): Promise<MaterialAccess | ReturnType<typeof fail>> {
  const access = await readableMaterial(actor, id, db);
  if (access.material.status !== "published") return fail("notPublished");
  if (access.isAuthor) return fail("ownMaterial");
  return access;
}
