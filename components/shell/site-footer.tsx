import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-slate-700 sm:flex-row sm:items-start sm:justify-between">
        <p className="max-w-md">{t("footer.about")}</p>
        <ul className="flex flex-col gap-2 sm:items-end">
          <li>
            <Link href="/rules">{t("footer.rules")}</Link>
          </li>
          <li>
            <Link href="/privacy">{t("footer.privacy")}</Link>
          </li>
          <li>
            <Link href="/certificates">{t("footer.certificates")}</Link>
          </li>
          <li>{t("footer.copyright", { year: new Date().getFullYear() })}</li>
        </ul>
      </div>
    </footer>
  );
}
