import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { MaterialFeedback } from "@/lib/materials/feedback-queries";
import { DeleteExperienceButton, ExperienceForm } from "./experience-form";
import { KeepControls } from "./keep-controls";
import { RatingControl } from "./rating-control";

/** The average rating in words and stars, for the page and lists. */
export async function RatingSummary({ average, count }: { average: number; count: number }) {
  const [t, format] = await Promise.all([getTranslations("materials.feedback"), getFormatter()]);
  if (count === 0) return <p className="text-sm text-slate-700">{t("noRatings")}</p>;
  return (
    <p className="flex items-baseline gap-2">
      <span aria-hidden="true" className="text-xl text-amber-500">
        {"★".repeat(Math.round(average))}
        <span className="text-slate-300">{"★".repeat(5 - Math.round(average))}</span>
      </span>
      <span className="text-sm text-slate-800">{t("average", { average: format.number(average, { maximumFractionDigits: 1 }), count })}</span>
    </p>
  );
}

/** Side card: the average, the viewer's own rating, favourites and collections. */
export async function RatingCard({ materialId, feedback }: { materialId: string; feedback: MaterialFeedback }) {
  const t = await getTranslations("materials.feedback");
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold text-slate-900">{t("ratingTitle")}</h2>
      <RatingSummary average={feedback.average} count={feedback.count} />
      {feedback.canRespond && <RatingControl materialId={materialId} initial={feedback.myRating} />}
      {feedback.placement && <KeepControls materialId={materialId} placement={feedback.placement} />}
    </div>
  );
}

/** Main column: colleagues' experience of use and the form to add one's own. */
export async function ExperienceSection({ materialId, feedback, signedIn }: { materialId: string; feedback: MaterialFeedback; signedIn: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("materials.feedback"), getFormatter(), getLocale()]);
  return (
    <section id="experience" aria-labelledby="experience-title" className="space-y-4">
      <h2 id="experience-title" className="text-lg font-semibold text-slate-900">
        {t("experienceTitle", { count: feedback.experiences.length })}
      </h2>
      {feedback.experiences.length === 0 && <p className="text-sm text-slate-700">{t("noExperiences")}</p>}
      <ul className="space-y-4">
        {feedback.experiences.map((e) => (
          <li key={e.id} className="space-y-2 border-b border-slate-200 pb-4 last:border-0">
            <p className="text-sm text-slate-600">
              <Link href={`/users/${e.userId}`} className="font-medium">
                {e.authorName}
              </Link>
              {e.organizationName && <> · {e.organizationName}</>} · {format.dateTime(e.createdAt, { dateStyle: "medium" })}
            </p>
            <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
              <dt className="font-medium text-slate-600">{t("grade")}</dt>
              <dd className="whitespace-pre-line">{e.grade}</dd>
              <dt className="font-medium text-slate-600">{t("context")}</dt>
              <dd className="whitespace-pre-line">{e.context}</dd>
              <dt className="font-medium text-slate-600">{t("result")}</dt>
              <dd className="whitespace-pre-line">{e.result}</dd>
            </dl>
            {e.canDelete && <DeleteExperienceButton experienceId={e.id} />}
          </li>
        ))}
      </ul>
      {feedback.canRespond ? (
        <div className="border-t border-slate-200 pt-4">
          <h3 className="mb-3 font-semibold text-slate-900">{t("addExperience")}</h3>
          <ExperienceForm materialId={materialId} />
        </div>
      ) : (
        !signedIn && (
          <p className="text-sm text-slate-700">
            <Link href={`/sign-in?next=${encodeURIComponent(`/${locale}/materials/${materialId}`)}`}>{t("signInToRespond")}</Link>
          </p>
        )
      )}
    </section>
  );
}
