import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";

/**
 * Moves what hangs on a merged organization to the organization it merges into: its community
 * memberships, followers, channel announcements and representatives. Where the target already
 * has the same tie (a membership of that community, the same follower), the target's row stays.
 */
export async function moveOrganizationTies(tx: Executor, sourceId: string, targetId: string): Promise<void> {
  await tx.execute(sql`
    update community_memberships m set organization_id = ${targetId}, updated_at = now()
    where m.organization_id = ${sourceId}
      and not exists (select 1 from community_memberships t where t.organization_id = ${targetId} and t.community_id = m.community_id)`);
  await tx.execute(sql`delete from community_memberships where organization_id = ${sourceId}`);
  await tx.execute(sql`
    update follows f set organization_id = ${targetId}
    where f.organization_id = ${sourceId}
      and not exists (select 1 from follows t where t.organization_id = ${targetId} and t.user_id = f.user_id)`);
  await tx.execute(sql`delete from follows where organization_id = ${sourceId}`);
  await tx.execute(sql`update announcements set organization_id = ${targetId} where organization_id = ${sourceId}`);
  await tx.execute(sql`
    insert into organization_representatives (organization_id, user_id)
    select ${targetId}, user_id from organization_representatives where organization_id = ${sourceId}
    on conflict do nothing`);
  await tx.execute(sql`delete from organization_representatives where organization_id = ${sourceId}`);
}
