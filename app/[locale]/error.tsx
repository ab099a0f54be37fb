"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// Production errors show this page, never a stack trace (SECURITY.md 23).
export default function ErrorPage({ reset }: { reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("text")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
    </div>
  );
}
