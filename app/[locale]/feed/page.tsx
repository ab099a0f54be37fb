import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageLinks } from "@/components/communities/announcements/page-links";
import { FeedList } from "@/components/communities/follows/feed-list";
import { PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { listFeed } from "@/lib/communities/feed";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "feed" });
  return { title: t("title") };
}

export default async function FeedPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireUser(locale);
  const requested = (await searchParams).page;
  const [t, feed] = await Promise.all([getTranslations("feed"), listFeed({ viewer, page: Array.isArray(requested) ? requested[0] : requested })]);
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      {feed.items.length === 0 ? (
        <div className="space-y-3 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700">
          <p>{t("empty")}</p>
          <p className="flex flex-wrap justify-center gap-4">
            <Link href="/communities">{t("findCommunities")}</Link>
            <Link href="/organizations">{t("findOrganizations")}</Link>
          </p>
        </div>
      ) : (
        <FeedList items={feed.items} />
      )}
      <PageLinks path="/feed" page={feed.page} hasNext={feed.hasNext} label={t("pagination")} previous={t("previous")} next={t("next")} />
    </div>
  );
}
