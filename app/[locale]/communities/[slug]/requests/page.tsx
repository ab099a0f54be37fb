import { getTranslations, setRequestLocale } from "next-intl/server";
import { RequestsView } from "@/components/communities/membership/requests-view";
import { requireUser } from "@/lib/auth/current-user";
import { listRequests } from "@/lib/communities/membership-queries";
import { getCommunityHeader } from "@/lib/communities/queries";
import { orNotFound } from "@/lib/http/or-not-found";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "membership.requests" });
  return { title: t("title") };
}

/** Requests and invitations: the leader, moderators and administrators only; others get a 404. */
export default async function CommunityRequestsPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const viewer = await requireUser(locale);
  const requests = await orNotFound(getCommunityHeader({ viewer, slug }).then(({ community }) => listRequests({ viewer, communityId: community.id })));
  return <RequestsView requests={requests} />;
}
