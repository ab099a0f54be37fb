"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/input";
import { useRouter } from "@/i18n/navigation";
import { completeReviewAction } from "@/lib/materials/actions";
import { reviewVerdicts, type ReviewVerdict } from "@/lib/reference/materials";
import { useErrorText } from "@/components/forms/error-text";

type Criterion = { id: string; name: string };

/** The rubric: a score of 0–3 and a comment per criterion, a verdict and a conclusion. */
export function ReviewForm({ reviewId, materialId, criteria }: { reviewId: string; materialId: string; criteria: Criterion[] }) {
  const t = useTranslations("materials");
  const errorText = useErrorText("materials.errors");
  const router = useRouter();
  const [scores, setScores] = useState(() => criteria.map((c) => ({ criterionId: c.id, score: "", comment: "" })));
  const [verdict, setVerdict] = useState<ReviewVerdict | "">("");
  const [summary, setSummary] = useState("");
  const [error, setError] = useState<{ form?: string; fields: Record<string, string> }>({ fields: {} });
  const [pending, start] = useTransition();
  const set = (i: number, patch: Partial<(typeof scores)[number]>) => setScores((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const fieldError = (name: string) =>
    error.fields[name] ? (
      <p id={`review-${name}-error`} role="alert" className="text-sm text-red-700">
        {errorText(error.fields[name])}
      </p>
    ) : null;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    start(async () => {
      const input = { scores: scores.map((s) => ({ ...s, score: s.score === "" ? -1 : Number(s.score) })), verdict, summary };
      const result = await completeReviewAction(reviewId, input);
      if (!result.ok) return setError({ form: result.fieldErrors ? undefined : result.error, fields: result.fieldErrors ?? {} });
      router.push(`/materials/${materialId}`);
      router.refresh();
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {error.form && <Alert tone="error">{errorText(error.form, "unexpected")}</Alert>}
      {fieldError("scores")}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">{t("review.criteria")}</legend>
        {criteria.map((c, i) => (
          <div key={c.id} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_8rem]">
            <p className="font-medium text-slate-900 sm:col-span-2">{c.name}</p>
            <div className="space-y-1 sm:order-2">
              <label htmlFor={`score-${c.id}`} className="block text-sm text-slate-800">
                {t("review.score")}
              </label>
              <Select id={`score-${c.id}`} value={scores[i]!.score} onChange={(e) => set(i, { score: e.target.value })}>
                <option value="">—</option>
                {[0, 1, 2, 3].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </Select>
              {fieldError(`scores.${i}.score`)}
            </div>
            <div className="space-y-1">
              <label htmlFor={`comment-${c.id}`} className="block text-sm text-slate-800">
                {t("review.comment")}
              </label>
              <Textarea id={`comment-${c.id}`} rows={2} value={scores[i]!.comment} onChange={(e) => set(i, { comment: e.target.value })} />
            </div>
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-2" aria-describedby={error.fields.verdict ? "review-verdict-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("review.verdict")} *</legend>
        {reviewVerdicts.map((v) => (
          <label key={v} className="flex min-h-9 items-center gap-2 text-sm text-slate-800">
            <input type="radio" name="verdict" value={v} checked={verdict === v} onChange={() => setVerdict(v)} className="h-4 w-4" />
            {t(`page.verdicts.${v}`)}
          </label>
        ))}
        {fieldError("verdict")}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="review-summary" className="block text-sm font-medium text-slate-800">
          {t("review.summary")} *
        </label>
        <Textarea id="review-summary" rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} aria-describedby={error.fields.summary ? "review-summary-error" : undefined} />
        {fieldError("summary")}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("review.busy") : t("review.submit")}
      </Button>
    </form>
  );
}
