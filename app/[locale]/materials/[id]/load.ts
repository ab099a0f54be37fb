import "server-only";
import { cache } from "react";
import { currentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/http/or-not-found";
import { getMaterialPage } from "@/lib/materials/queries";

/** The material for this request (read once for metadata and page); unreadable or unknown: 404. */
export const loadMaterial = cache(async (id: string) => {
  const viewer = await currentUser();
  return { viewer, page: await orNotFound(getMaterialPage({ viewer, id })) };
});
