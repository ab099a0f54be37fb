"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { OrganizationOptions, useOrganizationSearch, type ChosenOrganization } from "@/components/organizations/organization-search";
import { Input } from "@/components/ui/input";

/** Searches the organizations directory as the user types and reports the chosen one. */
export function OrganizationPicker({
  value,
  label,
  onChange,
  invalid,
  describedById,
}: {
  value: ChosenOrganization | null;
  label: string;
  onChange: (org: ChosenOrganization | null) => void;
  invalid?: boolean;
  describedById?: string;
}) {
  const t = useTranslations("auth.register");
  const { query, type, options, searched } = useOrganizationSearch();
  const listId = useId();

  if (value) {
    return (
      <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-300 bg-white p-3">
        <span className="text-slate-900">{t("organizationChosen", { name: value.name })}</span>
        <button type="button" className="text-sm font-medium text-brand-700 underline" onClick={() => onChange(null)}>
          {t("organizationChange")}
        </button>
      </div>
    );
  }

  return (
    <div className="space-y-2">
      <Input
        id="organizationSearch"
        type="search"
        aria-label={label}
        aria-controls={listId}
        aria-invalid={invalid || undefined}
        aria-describedby={describedById}
        value={query}
        onChange={(e) => type(e.target.value)}
        autoComplete="off"
      />
      <OrganizationOptions listId={listId} options={options} searched={searched} notFound={t("organizationNotFound")} onPick={onChange} />
    </div>
  );
}
