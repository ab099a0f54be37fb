import "server-only";
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/accounts/queries";
import { requireUser } from "./current-user";
import { can, type Permission } from "./permissions";

/** For pages of one permission: signed-out users go to sign-in, others get a 404. */
export async function requirePermission(locale: string, permission: Permission): Promise<Viewer> {
  const viewer = await requireUser(locale);
  if (!can(viewer, permission)) notFound();
  return viewer;
}
