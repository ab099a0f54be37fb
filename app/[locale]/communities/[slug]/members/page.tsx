import { getTranslations, setRequestLocale } from "next-intl/server";
import { MembersView } from "@/components/communities/membership/members-view";
import { currentUser } from "@/lib/auth/current-user";
import { getCommunityHeader } from "@/lib/communities/queries";
import { orNotFound } from "@/lib/http/or-not-found";
import { firstValues } from "@/lib/organizations/schemas";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function header(slug: string) {
  return orNotFound(getCommunityHeader({ viewer: await currentUser(), slug }));
}

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const [t, { community }] = await Promise.all([getTranslations({ locale, namespace: "membership.members" }), header(slug)]);
  return { title: `${t("title")} — ${community.name}` };
}

export default async function CommunityMembersPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { community } = await header(slug);
  return <MembersView communityId={community.id} slug={community.slug} params={firstValues(await searchParams)} />;
}
