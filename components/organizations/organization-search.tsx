"use client";

import { useEffect, useState } from "react";
import { searchOrganizationsAction } from "@/lib/organizations/actions";
import type { OrganizationOption } from "@/lib/organizations/queries";

export type ChosenOrganization = { id: string; name: string };

/** Searches the directory as the user types (two letters or more, debounced); never offers `excludeId`. */
export function useOrganizationSearch(excludeId?: string) {
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<OrganizationOption[]>([]);
  const [searched, setSearched] = useState(false);

  useEffect(() => {
    if (query.trim().length < 2) return;
    let current = true;
    const timer = setTimeout(async () => {
      const found = await searchOrganizationsAction(query);
      if (!current) return;
      setOptions(found.filter((o) => o.id !== excludeId));
      setSearched(true);
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, excludeId]);

  function type(text: string) {
    setQuery(text);
    if (text.trim().length < 2) {
      setOptions([]);
      setSearched(false);
    }
  }

  return { query, type, options, searched };
}

/** The found organizations as buttons; announced politely to screen readers as they change. */
export function OrganizationOptions({
  listId,
  options,
  searched,
  notFound,
  onPick,
}: {
  listId: string;
  options: OrganizationOption[];
  searched: boolean;
  notFound: string;
  onPick: (org: ChosenOrganization) => void;
}) {
  return (
    <ul id={listId} aria-live="polite" className="space-y-1">
      {options.map((o) => (
        <li key={o.id}>
          <button
            type="button"
            className="w-full rounded-md border border-slate-200 bg-white p-2 text-left hover:border-brand-600 hover:bg-brand-50"
            onClick={() => onPick({ id: o.id, name: o.shortName || o.name })}
          >
            <span className="block font-medium text-slate-900">{o.shortName || o.name}</span>
            <span className="block text-sm text-slate-600">
              {o.shortName ? `${o.name} · ` : ""}
              {o.municipality}
            </span>
          </button>
        </li>
      ))}
      {searched && options.length === 0 && <li className="text-sm text-slate-600">{notFound}</li>}
    </ul>
  );
}
