import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** The number to check: a plain GET form (works without JavaScript), keeping what was typed. */
export async function CertificateCheckForm({ locale, number = "", title }: { locale: string; number?: string; title?: string }) {
  const t = await getTranslations("events.certificates.verify");
  return (
    <form method="get" action={`/${locale}/certificates`} className="space-y-3" role="search" aria-label={title ?? t("title")}>
      {title && <h2 className="text-lg font-semibold text-slate-900">{title}</h2>}
      <label htmlFor="certificate-number" className="block text-sm font-medium text-slate-800">
        {t("numberLabel")}
      </label>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Input id="certificate-number" name="number" defaultValue={number} required maxLength={60} autoComplete="off" spellCheck={false} placeholder="MS-2026-7KQ3-M9ZD" className="font-mono uppercase sm:max-w-xs" />
        <button type="submit" className={buttonClass("primary")}>
          {t("check")}
        </button>
      </div>
    </form>
  );
}
