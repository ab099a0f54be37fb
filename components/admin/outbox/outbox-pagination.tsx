import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";

/** Newer / older links that keep the recipient filter; plain links, so they work without JavaScript. */
export function OutboxPagination({ page, pageCount, recipient }: { page: number; pageCount: number; recipient: string }) {
  const t = useTranslations("outbox.pagination");
  if (pageCount <= 1) return null;
  const href = (target: number) => ({
    pathname: "/admin/outbox",
    query: { ...(target > 1 ? { page: String(target) } : {}), ...(recipient ? { to: recipient } : {}) },
  });
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={buttonClass("secondary")}>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-700">
        {t("page", { page, pageCount })}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={buttonClass("secondary")}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
