"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";

const sections = ["users", "organizations", "communities", "settings", "rubric", "outbox"] as const;

export function AdminNav() {
  const t = useTranslations("admin.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="mb-6 overflow-x-auto border-b border-slate-200">
      <ul className="flex flex-wrap gap-1">
        {sections.map((s) => {
          const href = `/admin/${s}`;
          const active = pathname.startsWith(href);
          return (
            <li key={s}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={`block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium no-underline ${active ? "border-brand-600 text-brand-800" : "border-transparent text-slate-700 hover:text-slate-900"}`}
              >
                {t(s)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
