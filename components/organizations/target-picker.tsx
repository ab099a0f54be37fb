"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { Input } from "@/components/ui/input";
import { OrganizationOptions, useOrganizationSearch, type ChosenOrganization as Chosen } from "./organization-search";

/** Finds an approved organization of the directory as the administrator types; never `excludeId`. */
export function TargetPicker({
  id,
  label,
  hint,
  value,
  onChange,
  excludeId,
  errorId,
}: {
  id: string;
  label: string;
  hint: string;
  value: Chosen | null;
  onChange: (org: Chosen | null) => void;
  excludeId: string;
  errorId?: string;
}) {
  const t = useTranslations("organizations.admin.merge");
  const { query, type, options, searched } = useOrganizationSearch(excludeId);
  const listId = useId();
  const hintId = `${id}-hint`;

  if (value) {
    return (
      <div className="space-y-1">
        <p className="text-sm font-medium text-slate-800">{label}</p>
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-300 bg-white p-3">
          <span className="text-slate-900">{t("chosen", { name: value.name })}</span>
          <button type="button" className="min-h-11 text-sm font-medium text-brand-700 underline" onClick={() => onChange(null)}>
            {t("change")}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <Input
        id={id}
        type="search"
        autoComplete="off"
        aria-controls={listId}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(" ")}
        value={query}
        onChange={(e) => type(e.target.value)}
      />
      <p id={hintId} className="text-sm text-slate-600">
        {hint}
      </p>
      <OrganizationOptions listId={listId} options={options} searched={searched} notFound={t("notFound")} onPick={onChange} />
    </div>
  );
}
