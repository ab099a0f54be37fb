import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { ClientMessages } from "@/components/shell/client-messages";

// The admin pages' forms, whole namespaces: few people, many forms.
const adminMessages = ["admin", "adminUsers", "communities", "organizations", "membership", "reference"];

// Navigation only: every admin page checks the permission itself (layouts do not re-run on navigation).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("admin");
  return (
    <div>
      <ClientMessages namespaces={adminMessages}>
        <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">{t("title")}</p>
        <AdminNav />
        {children}
      </ClientMessages>
    </div>
  );
}
