import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AnnouncementList } from "@/components/communities/announcements/announcement-list";
import { PageLinks } from "@/components/communities/announcements/page-links";
import { PublishAnnouncementForm } from "@/components/communities/announcements/publish-form";
import { Alert } from "@/components/ui/alert";
import { SectionTitle } from "@/components/communities/announcements/section-title";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/current-user";
import { listCommunityAnnouncements } from "@/lib/communities/announcement-queries";
import { DomainError } from "@/lib/errors";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

// Hidden content shows outsiders a notice; a switched-off service or a missing community is a 404.
const load = cache(async (slug: string, page: string) => {
  const viewer = await currentUser();
  try {
    return await listCommunityAnnouncements({ viewer, slug, page });
  } catch (error) {
    if (error instanceof DomainError && error.code === "forbidden") return null;
    if (error instanceof DomainError) notFound();
    throw error;
  }
});

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "1";

export async function generateMetadata({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: "announcements" });
  const view = await load(slug, first((await searchParams).page));
  return { title: view ? `${t("title")} — ${view.access.community.name}` : t("title") };
}

export default async function AnnouncementsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [t, view] = await Promise.all([getTranslations("announcements"), load(slug, first((await searchParams).page))]);
  if (!view) {
    return (
      <div className="max-w-4xl space-y-4">
        <SectionTitle>{t("title")}</SectionTitle>
        <Alert>{t("hidden")}</Alert>
      </div>
    );
  }
  const community = view.access.community;
  const path = `/communities/${community.slug}/announcements`;
  return (
    <div className="max-w-4xl space-y-6">
      <SectionTitle lead={t("lead")}>{t("title")}</SectionTitle>
      {view.access.archived && <Alert>{t("archived")}</Alert>}
      {view.canPublish && (
        <Card>
          <h2 className="mb-4 text-xl font-semibold text-slate-900">{t("publishTitle")}</h2>
          <PublishAnnouncementForm channel={{ slug: community.slug }} />
        </Card>
      )}
      {view.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700">{t("empty")}</p>
      ) : (
        <AnnouncementList items={view.items} />
      )}
      <PageLinks path={path} page={view.page} hasNext={view.hasNext} label={t("pagination")} previous={t("previous")} next={t("next")} />
    </div>
  );
}
