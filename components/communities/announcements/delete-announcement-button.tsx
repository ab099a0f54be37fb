"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { deleteAnnouncementAction } from "@/lib/communities/announcement-actions";
import { useErrorText } from "@/components/forms/error-text";

export function DeleteAnnouncementButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations("announcements");
  const errorText = useErrorText("announcements.errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const onClick = () => {
    if (!window.confirm(t("deleteConfirm", { title }))) return;
    start(async () => {
      const result = await deleteAnnouncementAction(id);
      if (!result.ok) return setError(result.error);
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
