import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** Previous / next links that keep the other URL parameters; plain links, no JavaScript needed. */
export function Pagination({ path, params, page, pageCount }: { path: string; params: Record<string, string>; page: number; pageCount: number }) {
  const t = useTranslations("organizations.pagination");
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== ""));
    if (p > 1) query.set("page", String(p));
    const s = query.toString();
    return s ? `${path}?${s}` : path;
  };
  const link = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 no-underline hover:bg-slate-100";
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={link}>
          <span aria-hidden="true">←&nbsp;</span>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-700">
        {t("status", { page, pageCount })}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={link}>
          {t("next")}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
