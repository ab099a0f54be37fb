import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { materials } from "@/db/schema";
import { contentVisibleTo } from "@/lib/communities/feed-visibility";

/**
 * Published materials the viewer may read, as SQL over the `materials` row of the outer query: one
 * without a community, or whose community's content the viewer may see (a members-only community's
 * materials reach its members only). Lists, search, facet counts and feeds all filter through this.
 */
export function publishedVisibleTo(viewerId: string | null): SQL {
  const viewer = sql`${viewerId}::uuid`;
  return sql`(${materials.status} = 'published' and (${materials.communityId} is null or exists (
    select 1 from communities where communities.id = ${materials.communityId} and ${contentVisibleTo(viewer)}
  )))`;
}
