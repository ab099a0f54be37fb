"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { criterionNameMax, type CriterionInput, type CriterionNames } from "@/lib/materials/rubric-schemas";

/** The Russian and English names of a criterion, for the add and rename forms. */
export function CriterionFields({ form, idPrefix, errorOf }: { form: UseFormReturn<CriterionInput, unknown, CriterionNames>; idPrefix: string; errorOf: (name: string) => string | undefined }) {
  const t = useTranslations("admin.rubric");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {(["nameRu", "nameEn"] as const).map((name) => {
        const id = `${idPrefix}-${name}`;
        const error = errorOf(name);
        return (
          <Field key={name} id={id} label={t(name)} hint={t("nameHint", { max: criterionNameMax })} error={error} required errorsNamespace="admin.rubric.errors">
            <Input id={id} lang={name === "nameRu" ? "ru" : "en"} maxLength={criterionNameMax + 20} autoComplete="off" required {...describedBy(id, error, true)} {...form.register(name)} />
          </Field>
        );
      })}
    </div>
  );
}
