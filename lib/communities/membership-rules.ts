import { can, type Actor } from "@/lib/auth/permissions";
import type { CommunityAccess } from "./access";

/** Moderators remove ordinary members; a moderator goes only by the leader (here or above) or an administrator. */
export function canRemoveModerators(actor: Actor | null, access: CommunityAccess): boolean {
  return access.isLeader || access.leadsAbove || can(actor, "communities.manage");
}
