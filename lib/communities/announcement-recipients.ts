import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { contentVisibleTo } from "./feed-visibility";

// Who hears of an announcement, as SQL subqueries returning user ids: the publish statement
// inserts every notification (and every mail) in one INSERT…SELECT, never one query per member.

/** Active members in person and the staff of member organizations; the author excluded. */
export function communityMemberIds(communityId: string, authorId: string): SQL {
  return sql`
    select x.id from (
      select m.user_id as id from community_memberships m
      where m.community_id = ${communityId} and m.status = 'active' and m.user_id is not null
      union
      select s.id from community_memberships m join users s on s.organization_id = m.organization_id
      where m.community_id = ${communityId} and m.status = 'active'
    ) x join users u on u.id = x.id
    where u.status = 'active' and u.id <> ${authorId}`;
}

/** Members (as above) and followers who may read the community's content; the author excluded. */
export function communityAudienceIds(communityId: string, authorId: string): SQL {
  return sql`
    ${communityMemberIds(communityId, authorId)}
    union
    select f.user_id from follows f
      join communities on communities.id = f.community_id
      join users u on u.id = f.user_id
    where f.community_id = ${communityId} and u.status = 'active' and u.id <> ${authorId}
      and ${contentVisibleTo(sql`f.user_id`)}`;
}

/** Followers of an organization's channel; the author excluded. */
export function organizationFollowerIds(organizationId: string, authorId: string): SQL {
  return sql`
    select f.user_id from follows f join users u on u.id = f.user_id
    where f.organization_id = ${organizationId} and u.status = 'active' and u.id <> ${authorId}`;
}
