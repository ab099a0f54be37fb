import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { AdminCommunityRow } from "@/lib/communities/admin-queries";
import { Badge } from "./badges";
import { formatDay } from "./order-date";

/** Every community with its leader and state; scrolls sideways on a phone rather than squeezing columns. */
export function AdminTable({ items }: { items: AdminCommunityRow[] }) {
  const t = useTranslations("communities.admin.list");
  const tk = useTranslations("reference.communityKinds");
  const format = useFormatter();
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
              {t("leader")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("state")}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t("members")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {items.map((c) => (
            <tr key={c.id} className="align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`/admin/communities/${c.id}`} className="block font-medium">
                  {c.name}
                </Link>
                <span className="block text-slate-600">/{c.slug}</span>
                {c.parent && <span className="block text-slate-600">{t("inside", { name: c.parent.name })}</span>}
              </th>
              <td className="px-3 py-2">{tk(c.kind)}</td>
              <td className="px-3 py-2">{c.leader ? c.leader.fullName : <span className="text-slate-600">{t("noLeader")}</span>}</td>
              <td className="whitespace-nowrap px-3 py-2">
                {c.liquidation ? <Badge tone="archived">{t("liquidated", { date: formatDay(format, c.liquidation.date) })}</Badge> : <Badge>{t("live")}</Badge>}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{c.memberCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
