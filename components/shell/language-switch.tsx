"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";

/** Links to the same page in the other language, keeping the query. */
export function LanguageSwitch({ locale }: { locale: string }) {
  const t = useTranslations("common.language");
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const other = locale === "ru" ? "en" : "ru";
  return (
    <Link
      href={query ? `${pathname}?${query}` : pathname}
      locale={other}
      lang={other}
      aria-label={t("switchToLabel")}
      className="rounded px-2 py-2 text-sm font-medium text-slate-800 underline-offset-2"
    >
      {t("switchTo")}
    </Link>
  );
}
