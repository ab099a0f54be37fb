import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations, users } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, fail, fromZod, ok, type Result } from "@/lib/errors";
import { isTimeZone } from "@/lib/reference/time-zones";
import { profileSchema } from "./schemas";

export async function updateProfile({ actor, input }: { actor: Actor | null; input: unknown }): Promise<Result> {
  if (!actor) throw new DomainError("unauthenticated");
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const data = parsed.data;
  if (!isTimeZone(data.timeZone)) return fail("invalid", { timeZone: "timeZoneUnknown" });

  const db = await getDb();
  return db.transaction(async (tx) => {
    if (data.organizationId) {
      const [known] = await tx.select({ status: organizations.status }).from(organizations).where(eq(organizations.id, data.organizationId));
      const [current] = await tx.select({ organizationId: users.organizationId }).from(users).where(eq(users.id, actor.id));
      // A pending organization the user requested stays selectable for them.
      if (!known || (known.status !== "approved" && current?.organizationId !== data.organizationId)) {
        return fail("invalid", { organizationId: "organizationUnknown" });
      }
    }
    await tx
      .update(users)
      .set({
        fullName: data.fullName,
        position: data.position,
        subjects: data.subjects,
        organizationId: data.organizationId || null,
        phone: data.phone || null,
        about: data.about,
        timeZone: data.timeZone,
        locale: data.locale,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, actor.id), eq(users.status, "active")));
    await logActivity(tx, { actorId: actor.id, verb: "user.profileUpdated", objectType: "user", objectId: actor.id });
    return ok();
  });
}
