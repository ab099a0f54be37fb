import { getTranslations, setRequestLocale } from "next-intl/server";
import { MaterialForm } from "@/components/materials/material-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { communitiesForMaterials } from "@/lib/materials/queries";
import type { MaterialInput } from "@/lib/materials/schemas";

type Props = { params: Promise<{ locale: string }> };

const empty = { kind: "", title: "", abstract: "", body: "", subjects: [], levels: [], themes: [], tags: "", licence: "", communityId: "", coAuthors: "", coAuthorIds: [], blindReview: false } as unknown as MaterialInput;

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "materials" });
  return { title: t("newTitle") };
}

export default async function NewMaterialPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireUser(locale);
  const [t, communities] = await Promise.all([getTranslations("materials"), communitiesForMaterials({ viewer })]);
  return (
    <div className="max-w-3xl">
      <PageTitle lead={t("newLead")}>{t("newTitle")}</PageTitle>
      <Card>
        <MaterialForm mode="create" communities={communities} values={empty} />
      </Card>
    </div>
  );
}
