import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { communities } from "@/db/schema";

/**
 * The SQL twin of `communityAccess(...).canSeeContent` for the `communities` row in the outer
 * query and a user given as an SQL expression (a parameter or a column): lets the feed and the
 * announcement recipients check visibility for many rows or many users in one statement.
 * Keep in step with lib/communities/access.ts.
 */
export function contentVisibleTo(user: SQL): SQL {
  return sql`(
    ${communities.visibility} = 'public'
    or exists (select 1 from user_roles vr where vr.user_id = ${user} and vr.role in ('methodist', 'administrator'))
    or exists (
      select 1 from community_memberships vm
      where vm.community_id = ${communities.id} and vm.status = 'active'
        and (vm.user_id = ${user} or vm.organization_id = (select vu.organization_id from users vu where vu.id = ${user}))
    )
    or exists (
      select 1 from community_memberships vl
      where vl.user_id = ${user} and vl.status = 'active' and vl.role = 'leader' and vl.community_id = any(${communities.ancestorIds})
    )
    or exists (
      select 1 from community_memberships vb join communities vc on vc.id = vb.community_id
      where vb.user_id = ${user} and vb.status = 'active' and vc.ancestor_ids @> array[${communities.id}]::uuid[]
    )
  )`;
}
