import { getTranslations } from "next-intl/server";
import type { MaterialPage } from "@/lib/materials/queries";

/** The last finished review: verdict, conclusion and the score for each criterion. */
export async function ReviewResult({ review }: { review: NonNullable<MaterialPage["review"]> }) {
  const t = await getTranslations("materials.page");
  return (
    <div className="space-y-3">
      <p className="font-medium text-slate-900">{t(`verdicts.${review.verdict}`)}</p>
      <div>
        <h3 className="text-sm font-semibold text-slate-700">{t("reviewSummary")}</h3>
        <p className="whitespace-pre-line text-slate-800">{review.summary}</p>
      </div>
      <div>
        <h3 className="text-sm font-semibold text-slate-700">{t("scores")}</h3>
        <ul className="space-y-1 text-sm">
          {review.scores.map((s) => (
            <li key={s.criterionId} className="flex flex-wrap justify-between gap-2 border-b border-slate-100 py-1">
              <span>
                {s.name}
                {s.comment && <span className="block text-slate-600">{s.comment}</span>}
              </span>
              <span className="font-medium">{t("scoreOf", { score: s.score })}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
