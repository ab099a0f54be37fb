"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  required?: boolean;
  /** Where a domain keeps its own error texts, e.g. "organizations.errors"; looked up before `errors`. */
  errorsNamespace?: string;
};

/** A labelled form control with its hint and translated error, wired for screen readers. */
export function Field({ id, label, hint, error, children, required, errorsNamespace }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required && <span aria-hidden="true" className="text-red-700"> *</span>}
      </label>
      {children}
      <FieldError id={id} error={error} errorsNamespace={errorsNamespace} />
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}

export function FieldError({ id, error, errorsNamespace }: { id: string; error?: string; errorsNamespace?: string }) {
  const t = useTranslations();
  if (!error) return null;
  const key = [errorsNamespace && `${errorsNamespace}.${error}`, `errors.${error}`].find((k): k is string => Boolean(k) && t.has(k as string)) ?? "errors.invalid";
  return (
    <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
      {t(key)}
    </p>
  );
}

/** aria attributes for a control rendered inside <Field>: the error and the hint are both read out. */
export function describedBy(id: string, error?: string, hint?: boolean) {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined } as const;
}
