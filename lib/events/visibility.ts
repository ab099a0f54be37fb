import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { events } from "@/db/schema";
import { contentVisibleTo } from "@/lib/communities/feed-visibility";

/**
 * Events the viewer may read, as SQL over the `events` row of the outer query: the SQL twin of
 * lib/events/access.ts `eventAccess(...).canRead` (keep them in step; visibility.test.ts checks both
 * agree). A platform-wide event reaches everyone; a community's event reaches those who see the
 * community's content while its events service is on, and its organizers (not in an archived
 * community) even when it is off.
 */
export function eventsVisibleTo(viewerId: string | null): SQL {
  const viewer = sql`${viewerId}::uuid`;
  return sql`(${events.communityId} is null or exists (
    select 1 from communities where communities.id = ${events.communityId} and ${contentVisibleTo(viewer)}
      and ('events' = any(communities.services) or (communities.liquidated_at is null and ${organizes(viewer)}))
  ))`;
}

/** The SQL twin of `eventAccess(...).canManage` for the `events` row of the outer query: its organizers see its meeting link. */
export function managesEvent(userId: string): SQL {
  const user = sql`${userId}::uuid`;
  return sql`(case when ${events.communityId} is null
    then exists (select 1 from user_roles er where er.user_id = ${user} and er.role = 'administrator')
    else exists (select 1 from communities where communities.id = ${events.communityId} and communities.liquidated_at is null and ${organizes(user)})
  end)`;
}

/** The SQL twin of `communityAccess(...).canManage` for the `communities` row of the outer query. */
function organizes(user: SQL): SQL {
  return sql`(
    exists (select 1 from user_roles er where er.user_id = ${user} and er.role = 'administrator')
    or exists (
      select 1 from community_memberships em
      where em.user_id = ${user} and em.status = 'active'
        and ((em.community_id = communities.id and em.role in ('leader', 'moderator'))
          or (em.role = 'leader' and em.community_id = any(communities.ancestor_ids)))
    )
  )`;
}
