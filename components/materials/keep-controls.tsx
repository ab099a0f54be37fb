"use client";

import { useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { Link, useRouter } from "@/i18n/navigation";
import type { Result } from "@/lib/errors";
import { setFavouriteAction, setInCollectionAction } from "@/lib/materials/actions";
import { useErrorText } from "@/components/forms/error-text";

type Placement = { favourite: boolean; collections: { id: string; title: string; contains: boolean }[] };

/** Favourites toggle and the viewer's collections, each a checkbox that saves at once. */
export function KeepControls({ materialId, placement: saved }: { materialId: string; placement: Placement }) {
  const t = useTranslations("materials.collections");
  const errorText = useErrorText("materials.errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // Shows the change at once; the refreshed page confirms it (or the saved state returns).
  const [placement, show] = useOptimistic(saved);
  const save = (next: Placement, run: () => Promise<Result<unknown>>) =>
    start(async () => {
      show(next);
      const result = await run();
      setError(result.ok ? null : result.error);
      if (result.ok) router.refresh();
    });
  return (
    <div className="space-y-3">
      <button
        type="button"
        aria-pressed={placement.favourite}
        disabled={pending}
        onClick={() => save({ ...placement, favourite: !placement.favourite }, () => setFavouriteAction(materialId, { on: !placement.favourite }))}
        className={buttonClass(placement.favourite ? "primary" : "secondary")}
      >
        <span aria-hidden="true">{placement.favourite ? "♥" : "♡"}</span>
        {placement.favourite ? t("inFavourites") : t("addFavourite")}
      </button>
      {placement.collections.length > 0 && (
        <fieldset disabled={pending} className="space-y-1">
          <legend className="mb-1 text-sm font-medium text-slate-800">{t("inCollections")}</legend>
          {placement.collections.map((c) => (
            <label key={c.id} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" className="size-5" checked={c.contains} onChange={() =>
                  save({ ...placement, collections: placement.collections.map((o) => (o.id === c.id ? { ...o, contains: !c.contains } : o)) }, () => setInCollectionAction(c.id, materialId, { on: !c.contains }))
                } />
              {c.title}
            </label>
          ))}
        </fieldset>
      )}
      <p className="text-sm">
        <Link href="/materials/collections">{t("manage")}</Link>
      </p>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {errorText(error, "unexpected")}
        </p>
      )}
    </div>
  );
}
