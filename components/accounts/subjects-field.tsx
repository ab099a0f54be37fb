"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field";
import { subjects } from "@/lib/reference/subjects";

/** Checkbox group of subject codes, registered as one array field. */
export function SubjectsField({ legend, hint, registration, error }: { legend: string; hint?: string; registration: UseFormRegisterReturn; error?: string }) {
  const t = useTranslations("reference.subjects");
  return (
    <fieldset className="space-y-2" aria-describedby={error ? "subjects-error" : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      <div className="grid max-h-64 gap-1 overflow-y-auto rounded-md border border-slate-300 bg-white p-3 sm:grid-cols-2">
        {subjects.map((code) => (
          <label key={code} className="flex min-h-9 items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" value={code} className="h-4 w-4" {...registration} />
            {t(code)}
          </label>
        ))}
      </div>
      <FieldError id="subjects" error={error} />
    </fieldset>
  );
}
