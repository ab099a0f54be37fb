import { getTranslations, setRequestLocale } from "next-intl/server";
import { CreateCommunityForm } from "@/components/communities/create-community-form";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { listParentOptions } from "@/lib/communities/admin-queries";
import { listCommunityMunicipalities } from "@/lib/communities/queries";
import { firstValues } from "@/lib/organizations/schemas";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "communities.admin.new" });
  return { title: t("title") };
}

export default async function NewCommunityPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "communities.manage");
  const [t, parents, municipalities] = await Promise.all([getTranslations("communities.admin.new"), listParentOptions({ actor: viewer }), listCommunityMunicipalities()]);
  // "Create a sub-community" on a community's page comes here with ?parent=<id>.
  const requested = firstValues(await searchParams).parent ?? "";
  const parentId = parents.some((p) => p.id === requested) ? requested : "";
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/communities">
          <span aria-hidden="true">←&nbsp;</span>
          {t("back")}
        </Link>
      </p>
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <Card>
        <CreateCommunityForm parents={parents} parentId={parentId} municipalities={municipalities} />
      </Card>
    </div>
  );
}
