import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { loadViewer, type Viewer } from "@/lib/accounts/queries";

export type SessionState = { viewer: Viewer | null; refused: "blocked" | "ended" | null };

/**
 * The signed-in user, checked against the database on every request: a block, a role change or
 * a password change takes effect on the very next request, whatever the session cookie says.
 */
export const currentSession = cache(async (): Promise<SessionState> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return { viewer: null, refused: null };
  const viewer = await loadViewer(id);
  // A block is reported as such even though blocking also ends every session.
  if (viewer?.status === "blocked") return { viewer: null, refused: "blocked" };
  if (!viewer || viewer.status !== "active" || viewer.sessionVersion !== session.sv) return { viewer: null, refused: "ended" };
  return { viewer, refused: null };
});

export async function currentUser(): Promise<Viewer | null> {
  return (await currentSession()).viewer;
}

/** For pages that need a signed-in user who has accepted the current documents. */
export async function requireUser(locale: string, options: { allowPendingConsents?: boolean } = {}): Promise<Viewer> {
  const { viewer, refused } = await currentSession();
  if (!viewer) redirect(`/${locale}/sign-in${refused ? `?reason=${refused}` : ""}`);
  if (viewer.pendingConsents.length > 0 && !options.allowPendingConsents) redirect(`/${locale}/consents`);
  return viewer;
}
