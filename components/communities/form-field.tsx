"use client";

import type { ReactNode } from "react";
import { useErrorText } from "@/components/forms/error-text";

/** A labelled control with its hint and this domain's translated error, wired for screen readers. */
export function FormField({ id, label, hint, error, children, required }: { id: string; label: ReactNode; hint?: ReactNode; error?: string; children: ReactNode; required?: boolean }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required && <span aria-hidden="true" className="text-red-700"> *</span>}
      </label>
      {children}
      <FormFieldError id={id} error={error} />
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}

export function FormFieldError({ id, error }: { id: string; error?: string }) {
  const text = useErrorText("communities.errors");
  if (!error) return null;
  return (
    <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
      {text(error)}
    </p>
  );
}

/** aria attributes for a control inside <FormField>: the error and the hint are both read out. */
export function describedBy(id: string, error?: string, hint?: boolean) {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined } as const;
}
