import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { MaterialTable } from "@/components/materials/material-table";
import { PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listReviewWork } from "@/lib/materials/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "materials" });
  return { title: t("reviews") };
}

/** The expert's desk: the open queue and their own reviews. */
export default async function ReviewDeskPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireUser(locale);
  if (!can(viewer, "materials.review")) notFound();
  const [t, work] = await Promise.all([getTranslations("materials"), listReviewWork({ viewer })]);
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle>{t("reviews")}</PageTitle>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold text-slate-900">{t("review.mine")}</h2>
        {work.mine.length === 0 ? (
          <p className="text-slate-700">{t("review.emptyMine")}</p>
        ) : (
          <MaterialTable rows={work.mine} href={(r) => (work.mine.find((m) => m.id === r.id && m.reviewStatus === "assigned") ? `/materials/${r.id}/review` : `/materials/${r.id}`)} />
        )}
      </section>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold text-slate-900">{t("review.queue")}</h2>
        {work.queue.length === 0 ? <p className="text-slate-700">{t("review.emptyQueue")}</p> : <MaterialTable rows={work.queue} />}
      </section>
    </div>
  );
}
