import { setRequestLocale } from "next-intl/server";
import { HomeAbout } from "@/components/communities/home-about";
import { HomeChildren } from "@/components/communities/home-children";
import { HomeAnnouncements, HomeHidden, HomeMembers, HomePlan } from "@/components/communities/home-content";
import { HomeFacts, HomeServices } from "@/components/communities/home-facts";
import { HomeStaff } from "@/components/communities/home-staff";
import { HomeEvents } from "@/components/events/home-events";
import { currentUser } from "@/lib/auth/current-user";
import { getCommunityHome } from "@/lib/communities/queries";
import { upcomingInCommunity } from "@/lib/events/queries";
import { orNotFound } from "@/lib/http/or-not-found";
import { defaultTimeZone } from "@/lib/reference/time-zones";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** The community's home: a fixed number of queries whatever its size (benchmark 1). */
export default async function CommunityHomePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const viewer = await currentUser();
  const home = await orNotFound(getCommunityHome({ viewer, slug }));
  const base = `/communities/${home.community.slug}`;
  const content = home.content;
  // Upcoming events: with the content, while the events service is on.
  const upcoming = content && home.community.services.includes("events") ? await upcomingInCommunity(home.community.id) : null;

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="min-w-0 space-y-6 lg:col-span-2">
        <HomeAbout community={home.community} />
        {home.children.length > 0 && <HomeChildren items={home.children} />}
        {content ? (
          <>
            {upcoming && <HomeEvents slug={home.community.slug} items={upcoming} viewerZone={viewer?.timeZone ?? defaultTimeZone} canSchedule={home.viewer.canManage && !home.viewer.archived} />}
            {content.announcements && <HomeAnnouncements base={base} items={content.announcements} />}
            <HomePlan base={base} items={content.plan} />
            <HomeMembers base={base} items={content.members} counts={home.counts} />
          </>
        ) : (
          <HomeHidden counts={home.counts} />
        )}
      </div>
      <div className="min-w-0 space-y-6">
        <HomeStaff leader={home.leader} moderators={home.moderators} />
        <HomeFacts community={home.community} />
        <HomeServices services={home.community.services} />
      </div>
    </div>
  );
}
