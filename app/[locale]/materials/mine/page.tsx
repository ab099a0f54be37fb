import { getTranslations, setRequestLocale } from "next-intl/server";
import { MaterialTable } from "@/components/materials/material-table";
import { buttonClass } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { listMyMaterials } from "@/lib/materials/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "materials" });
  return { title: t("mine") };
}

export default async function MyMaterialsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireUser(locale);
  const [t, rows] = await Promise.all([getTranslations("materials"), listMyMaterials({ viewer })]);
  return (
    <div className="max-w-4xl space-y-4">
      <PageTitle>{t("mine")}</PageTitle>
      <p>
        <Link href="/materials/new" className={buttonClass("primary")}>
          {t("new")}
        </Link>
      </p>
      {rows.length === 0 ? <p className="text-slate-700">{t("mineEmpty")}</p> : <MaterialTable rows={rows} />}
    </div>
  );
}
