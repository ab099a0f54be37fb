import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { MaterialForm } from "@/components/materials/material-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { chosenCoAuthors } from "@/lib/materials/co-authors";
import { communitiesForMaterials, formValues } from "@/lib/materials/queries";
import { loadMaterial } from "../load";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "materials" });
  return { title: t("editTitle") };
}

export default async function EditMaterialPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireUser(locale);
  const { page } = await loadMaterial(id);
  if (!page.access.canEdit) notFound();
  const [t, communities] = await Promise.all([getTranslations("materials"), communitiesForMaterials({ viewer })]);
  return (
    <div className="max-w-3xl">
      <PageTitle>{t("editTitle")}</PageTitle>
      <Card>
        <MaterialForm mode="edit" id={id} communities={communities} coAuthors={chosenCoAuthors(page)} values={formValues(page)} />
      </Card>
    </div>
  );
}
