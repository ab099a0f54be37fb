import { getTranslations, setRequestLocale } from "next-intl/server";
import { AddCriterionForm } from "@/components/admin/rubric/add-criterion-form";
import { RubricList } from "@/components/admin/rubric/rubric-list";
import { Card, PageTitle } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/require-permission";
import { listRubric } from "@/lib/materials/rubric";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin.rubric" });
  return { title: t("title") };
}

export default async function AdminRubricPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "materials.rubric");
  const [t, criteria] = await Promise.all([getTranslations("admin.rubric"), listRubric({ actor: viewer })]);
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <Card>
        <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("listTitle")}</h2>
        <RubricList criteria={criteria} locale={locale} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("addTitle")}</h2>
        <AddCriterionForm />
      </Card>
    </div>
  );
}
