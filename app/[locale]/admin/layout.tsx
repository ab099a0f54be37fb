import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";

// Navigation only: every admin page checks the permission itself (layouts do not re-run on navigation).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("admin");
  return (
    <div>
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">{t("title")}</p>
      <AdminNav />
      {children}
    </div>
  );
}
