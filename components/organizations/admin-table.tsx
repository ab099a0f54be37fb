import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { AdminOrganization } from "@/lib/organizations/queries";
import { StatusBadge } from "./status-badge";

/** Every organization with its status; scrolls sideways on a phone rather than squeezing columns. */
export function AdminTable({ items }: { items: AdminOrganization[] }) {
  const t = useTranslations("organizations.admin.list");
  const tk = useTranslations("reference.organizationKinds");
  // `relative` keeps the visually hidden header text inside the scroll box, not widening the page.
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("name")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("kind")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("municipality")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("state")}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t("accounts")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {items.map((o) => (
            <tr key={o.id} className="align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <span className="block font-medium text-slate-900">{o.shortName || o.name}</span>
                {o.shortName && <span className="block text-slate-600">{o.name}</span>}
                {o.mergedInto && (
                  <Link href={`/admin/organizations/${o.mergedInto.id}`} className="block">
                    {t("mergedInto", { name: o.mergedInto.name })}
                  </Link>
                )}
              </th>
              <td className="px-3 py-2">{tk(o.kind)}</td>
              <td className="px-3 py-2">{o.municipality}</td>
              <td className="px-3 py-2">
                <StatusBadge status={o.status} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{o.userCount}</td>
              <td className="px-3 py-2">
                <Link href={`/admin/organizations/${o.id}`} aria-label={t("editNamed", { name: o.shortName || o.name })}>
                  {t("edit")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
