import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reminderSettings } from "@/db/schema";
import { logActivity } from "@/lib/activity/log";
import { assertSignedIn, type Actor } from "@/lib/auth/permissions";
import { fromZod, ok, type Result } from "@/lib/errors";
import { defaultReminderSettings, reminderSettingsSchema, type ReminderSettingsInput } from "./schemas";

/** The signed-in user's own reminder settings (the defaults until they first save). */
export async function getReminderSettings({ actor }: { actor: Actor | null }): Promise<ReminderSettingsInput> {
  assertSignedIn(actor);
  const db = await getDb();
  const [row] = await db
    .select({ email: reminderSettings.email, inApp: reminderSettings.inApp, dayBefore: reminderSettings.dayBefore, hourBefore: reminderSettings.hourBefore })
    .from(reminderSettings)
    .where(eq(reminderSettings.userId, actor.id));
  return row ?? defaultReminderSettings;
}

/** Saves the signed-in user's own settings; a user changes nobody else's. */
export async function saveReminderSettings({ actor, input }: { actor: Actor | null; input: unknown }): Promise<Result> {
  assertSignedIn(actor);
  const parsed = reminderSettingsSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const values = parsed.data;
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .insert(reminderSettings)
      .values({ userId: actor.id, ...values })
      .onConflictDoUpdate({ target: reminderSettings.userId, set: { ...values, updatedAt: new Date() } });
    await logActivity(tx, { actorId: actor.id, verb: "user.reminderSettingsUpdated", objectType: "user", objectId: actor.id });
  });
  return ok();
}
