"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { deletePlanItemAction } from "@/lib/communities/plan-actions";
import { useErrorText } from "@/components/forms/error-text";

/** Removes an item after the user confirms; a refusal is shown next to the button. */
export function DeletePlanItemButton({ id, title, slug }: { id: string; title: string; slug: string }) {
  const t = useTranslations("plan");
  const errorText = useErrorText("plan.errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const onClick = () => {
    if (!window.confirm(t("deleteConfirm", { title }))) return;
    start(async () => {
      const result = await deletePlanItemAction(id);
      if (!result.ok) return setError(result.error);
      router.push(`/communities/${slug}/plan?saved=deleted`);
      router.refresh();
    });
  };
  return (
    <span className="inline-flex flex-col gap-1">
      <button type="button" onClick={onClick} disabled={pending} aria-label={t("deleteItem", { title })} className={buttonClass("ghost", "min-h-9 px-2 text-red-800")}>
        {t("delete")}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {errorText(error, "unexpected")}
        </span>
      )}
    </span>
  );
}
