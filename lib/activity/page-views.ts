import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import { logView } from "./log";

const pageViewSchema = z.object({ path: z.string().min(1).max(500).startsWith("/") });
const uuid = z.string().uuid();

/** Records a page view for visit statistics: an anonymous visitor id, the user id when signed in. */
export async function recordPageView({ input, visitorId, userId }: { input: unknown; visitorId: string; userId: string | null }): Promise<boolean> {
  const parsed = pageViewSchema.safeParse(input);
  if (!parsed.success || !uuid.safeParse(visitorId).success) return false;
  const db = await getDb();
  await logView(db, { actorId: userId, visitorId, verb: "page.viewed", objectType: "page", objectId: parsed.data.path });
  return true;
}
