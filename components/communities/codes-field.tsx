"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FormFieldError } from "./form-field";

type Namespace = "reference.subjects" | "reference.priorityThemes" | "reference.communityServices" | "reference.educationLevels";

/** A group of checkboxes over one reference list, registered as one array field. */
export function CodesField({
  id,
  legend,
  hint,
  codes,
  namespace,
  registration,
  error,
  scroll = false,
}: {
  id: string;
  legend: string;
  hint?: string;
  codes: readonly string[];
  namespace: Namespace;
  registration: UseFormRegisterReturn;
  error?: string;
  /** Long lists scroll inside a box instead of stretching the form. */
  scroll?: boolean;
}) {
  const t = useTranslations(namespace);
  const described = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="space-y-2" aria-describedby={described}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className={`grid gap-1 rounded-md border border-slate-300 bg-white p-3 sm:grid-cols-2 ${scroll ? "max-h-64 overflow-y-auto" : ""}`}>
        {codes.map((code) => (
          <label key={code} className="flex min-h-9 items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" value={code} className="h-4 w-4 shrink-0" {...registration} />
            {t(code)}
          </label>
        ))}
      </div>
      <FormFieldError id={id} error={error} />
    </fieldset>
  );
}
