"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import { rateMaterialAction } from "@/lib/materials/actions";
import { useErrorText } from "@/components/forms/error-text";

/** Five stars as a radio group: choosing one saves it at once (and changes an earlier rating). */
export function RatingControl({ materialId, initial }: { materialId: string; initial: number | null }) {
  const t = useTranslations("materials.feedback");
  const errorText = useErrorText("materials.errors");
  const router = useRouter();
  const [score, setScore] = useState<number | null>(initial);
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const choose = (next: number) => {
    const previous = score;
    setScore(next);
    start(async () => {
      const result = await rateMaterialAction(materialId, { score: next });
      if (!result.ok) {
        setScore(previous);
        setStatus({ tone: "error", text: errorText(result.fieldErrors?.score ?? result.error, "unexpected") });
        return;
      }
      setStatus({ tone: "ok", text: t("rated", { score: next }) });
      router.refresh();
    });
  };
  return (
    <fieldset disabled={pending} className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{initial ? t("yourRating") : t("rate")}</legend>
      <div className="flex gap-1">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="relative cursor-pointer rounded-md p-1 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600">
            <input type="radio" name={`rating-${materialId}`} value={n} checked={score === n} onChange={() => choose(n)} className="absolute inset-0 cursor-pointer opacity-0" />
            <span aria-hidden="true" className={`text-3xl leading-none ${score !== null && n <= score ? "text-amber-500" : "text-slate-300"}`}>
              ★
            </span>
            <span className="sr-only">{t("stars", { count: n })}</span>
          </label>
        ))}
      </div>
      <p role="status" className={`min-h-5 text-sm ${status?.tone === "error" ? "text-red-700" : "text-slate-700"}`}>
        {status?.text}
      </p>
    </fieldset>
  );
}
