import "server-only";
import { getDb } from "@/db/client";
import { platformSettings } from "@/db/schema";
import { logAudit } from "@/lib/activity/log";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fromZod, ok, type Result } from "@/lib/errors";
import { readSettings } from "./queries";
import { settingsSchema, type PlatformSettings } from "./settings";

/** Stores the platform settings and audits what changed; saving the same values writes nothing. */
export async function updateSettings({ actor, input, ip }: { actor: Actor | null; input: unknown; ip: string }): Promise<Result> {
  assertCan(actor, "settings.manage");
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const current = await readSettings(tx);
    const changed = (Object.keys(parsed.data) as (keyof PlatformSettings)[]).filter((key) => current[key] !== parsed.data[key]);
    if (changed.length === 0) return;
    for (const key of changed) {
      const value = parsed.data[key];
      await tx
        .insert(platformSettings)
        .values({ key, value })
        .onConflictDoUpdate({ target: platformSettings.key, set: { value, updatedAt: new Date() } });
    }
    const before = Object.fromEntries(changed.map((key) => [key, current[key]]));
    const after = Object.fromEntries(changed.map((key) => [key, parsed.data[key]]));
    await logAudit(tx, { actorId: actor.id, action: "settings.update", targetType: "platform", ipAddress: ip, details: { before, after } });
  });
  return ok();
}
