import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { toggleFollowAction } from "@/lib/communities/follow-actions";
import { isFollowing } from "@/lib/communities/follows";

type Kind = "community" | "organization";

/** Follow / unfollow a community's information channel; a guest sees a sign-in hint. */
export async function FollowButton({ communityId }: { communityId: string }) {
  return <ChannelFollowButton kind="community" id={communityId} />;
}

/** Follow / unfollow an organization's information channel. */
export async function OrganizationFollowButton({ organizationId }: { organizationId: string }) {
  return <ChannelFollowButton kind="organization" id={organizationId} />;
}

async function ChannelFollowButton({ kind, id }: { kind: Kind; id: string }) {
  const [viewer, t] = await Promise.all([currentUser(), getTranslations("feed.follow")]);
  if (!viewer) {
    return (
      <p className="text-sm text-slate-600">
        <Link href="/sign-in">{t("signIn")}</Link> {t("signInHint")}
      </p>
    );
  }
  const following = await isFollowing({ viewer, channel: kind === "community" ? { communityId: id } : { organizationId: id } });
  return (
    <form action={toggleFollowAction}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="follow" value={following ? "0" : "1"} />
      <button type="submit" className={buttonClass(following ? "secondary" : "primary")} aria-pressed={following}>
        {following ? t("unfollow") : t("follow")}
      </button>
    </form>
  );
}
