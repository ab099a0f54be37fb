import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { listMunicipalities } from "@/lib/organizations/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "organizations.admin.new" });
  return { title: t("title") };
}

export default async function NewOrganizationPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "organizations.manage");
  const [t, municipalities] = await Promise.all([getTranslations("organizations.admin.new"), listMunicipalities()]);
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/organizations">
          <span aria-hidden="true">←&nbsp;</span>
          {t("back")}
        </Link>
      </p>
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <Card>
        <OrganizationForm mode="create" municipalities={municipalities} />
      </Card>
    </div>
  );
}
