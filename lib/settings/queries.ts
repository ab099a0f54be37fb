import "server-only";
import { getDb, type Executor } from "@/db/client";
import { platformSettings } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { defaultSettings, settingsSchema, type PlatformSettings } from "./settings";

/** The settings as the platform applies them: stored values over the defaults. */
export async function readSettings(db: Executor): Promise<PlatformSettings> {
  const rows = await db.select().from(platformSettings);
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  // A malformed stored value falls back to its default rather than reaching the code that reads it.
  const read = (key: keyof PlatformSettings) => {
    const value = settingsSchema.shape[key].safeParse(stored[key]);
    return value.success ? value.data : defaultSettings[key];
  };
  return { requireAccountApproval: read("requireAccountApproval") };
}

/** For the administrators' settings form. */
export async function getSettingsForAdmin({ actor }: { actor: Actor | null }): Promise<PlatformSettings> {
  assertCan(actor, "settings.manage");
  return readSettings(await getDb());
}
