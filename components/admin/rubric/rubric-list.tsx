"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import type { Result } from "@/lib/errors";
import { moveCriterionAction, renameCriterionAction, setCriterionActiveAction } from "@/lib/materials/rubric-actions";
import { criterionSchema } from "@/lib/materials/rubric-schemas";
import { CriterionFields } from "./criterion-fields";
import { useErrorText } from "@/components/forms/error-text";

type Criterion = { id: string; position: number; nameRu: string; nameEn: string; active: boolean; usedInReviews: number };

/** The rubric in the order experts see it, each criterion with its controls. */
export function RubricList({ criteria, locale }: { criteria: Criterion[]; locale: string }) {
  const t = useTranslations("admin.rubric");
  if (criteria.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  return (
    <ol className="divide-y divide-slate-200 border-y border-slate-200">
      {criteria.map((c, i) => (
        <CriterionRow key={c.id} criterion={c} number={i + 1} first={i === 0} last={i === criteria.length - 1} locale={locale} />
      ))}
    </ol>
  );
}

function CriterionRow({ criterion: c, number, first, last, locale }: { criterion: Criterion; number: number; first: boolean; last: boolean; locale: string }) {
  const t = useTranslations("admin.rubric");
  const errorText = useErrorText("admin.rubric.errors");
  const router = useRouter();
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const name = locale === "en" ? c.nameEn : c.nameRu;
  const other = locale === "en" ? c.nameRu : c.nameEn;
  const run = (action: () => Promise<Result<unknown>>) =>
    start(async () => {
      const result = await action();
      setError(result.ok ? null : result.error);
      if (result.ok) router.refresh();
    });

  return (
    <li className="py-3" aria-labelledby={`criterion-${c.id}`}>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <p id={`criterion-${c.id}`} className={`font-medium break-words ${c.active ? "text-slate-900" : "text-slate-600"}`}>
            <span className="text-slate-600">{number}. </span>
            {name}
          </p>
          <p className="text-sm break-words text-slate-600" lang={locale === "en" ? "ru" : "en"}>
            {other}
          </p>
          <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-600">
            <span className={c.active ? "font-medium text-green-800" : "font-medium text-slate-700"}>{c.active ? t("active") : t("inactive")}</span>
            <span>{t("used", { count: c.usedInReviews })}</span>
          </p>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          <Button type="button" variant="secondary" disabled={pending || first} className="disabled:opacity-40" aria-label={t("upAria", { name })} onClick={() => run(() => moveCriterionAction(c.id, "up"))}>
            <span aria-hidden="true">↑</span> {t("up")}
          </Button>
          <Button type="button" variant="secondary" disabled={pending || last} className="disabled:opacity-40" aria-label={t("downAria", { name })} onClick={() => run(() => moveCriterionAction(c.id, "down"))}>
            <span aria-hidden="true">↓</span> {t("down")}
          </Button>
          <Button type="button" variant="secondary" disabled={pending} aria-expanded={renaming} aria-label={t("renameAria", { name })} onClick={() => setRenaming((r) => !r)}>
            {t("rename")}
          </Button>
          <Button
            type="button"
            variant={c.active ? "ghost" : "secondary"}
            disabled={pending}
            aria-label={c.active ? t("deactivateAria", { name }) : t("activateAria", { name })}
            onClick={() => run(() => setCriterionActiveAction(c.id, !c.active))}
          >
            {pending ? t("busy") : c.active ? t("deactivate") : t("activate")}
          </Button>
        </div>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {errorText(error, "unexpected")}
        </p>
      )}
      {renaming && <RenameForm criterion={c} onDone={() => setRenaming(false)} />}
    </li>
  );
}

function RenameForm({ criterion: c, onDone }: { criterion: Criterion; onDone: () => void }) {
  const t = useTranslations("admin.rubric");
  const errorText = useErrorText("admin.rubric.errors");
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(criterionSchema, (values) => renameCriterionAction(c.id, values), { nameRu: c.nameRu, nameEn: c.nameEn }, () => {
    onDone();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      <CriterionFields form={form} idPrefix={`rename-${c.id}`} errorOf={errorOf} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
