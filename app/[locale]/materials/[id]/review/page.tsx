import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown/markdown";
import { MaterialFacts } from "@/components/materials/material-facts";
import { MaterialFiles } from "@/components/materials/material-files";
import { ReviewForm } from "@/components/materials/review-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { activeCriteria } from "@/lib/materials/reviews";
import { loadMaterial } from "../load";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "materials.review" });
  return { title: t("title") };
}

/** The expert's form beside the material it judges; only for the expert's own open review. */
export default async function ReviewPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireUser(locale);
  const { page } = await loadMaterial(id);
  if (!page.openReviewId) notFound();
  const [t, criteria] = await Promise.all([getTranslations("materials.review"), activeCriteria(locale)]);
  const m = page.material;
  return (
    <div className="space-y-6">
      <PageTitle lead={m.title}>{t("title")}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="min-w-0 space-y-6">
          <Card>
            <p className="mb-3 text-slate-800">{m.abstract}</p>
            <MaterialFacts page={page} />
          </Card>
          {m.body.trim() && (
            <Card>
              <Markdown source={m.body} />
            </Card>
          )}
          <Card>
            <MaterialFiles page={page} editable={false} />
          </Card>
        </div>
        <Card className="min-w-0">
          <ReviewForm reviewId={page.openReviewId} materialId={m.id} criteria={criteria} />
        </Card>
      </div>
    </div>
  );
}
