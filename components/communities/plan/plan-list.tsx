import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import type { PlanRow } from "@/lib/communities/plan";
import { DeletePlanItemButton } from "./delete-plan-item-button";
import { PlanDates } from "./plan-dates";
import { PlanStatusBadge } from "./plan-status-badge";

type Props = { items: PlanRow[]; slug: string; canEdit: boolean };

/** The plan as a table on wide screens and as cards on a phone; the same items, the same controls. */
export function PlanList({ items, slug, canEdit }: Props) {
  const t = useTranslations("plan");
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("columns.title")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("columns.dates")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("columns.responsible")}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t("columns.status")}
              </th>
              {canEdit && (
                <th scope="col" className="px-4 py-3 font-medium">
                  <span className="sr-only">{t("columns.actions")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {items.map((item) => (
              <tr key={item.id} className="align-top">
                <td className="px-4 py-3">
                  <ItemText item={item} />
                </td>
                <td className="px-4 py-3 whitespace-nowrap">
                  <PlanDates startsOn={item.startsOn} endsOn={item.endsOn} />
                </td>
                <td className="px-4 py-3">{item.responsibleName ?? <span className="text-slate-600">{t("nobody")}</span>}</td>
                <td className="px-4 py-3">
                  <PlanStatusBadge status={item.status} />
                </td>
                {canEdit && (
                  <td className="px-4 py-3">
                    <ItemControls item={item} slug={slug} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-3 md:hidden" aria-label={t("title")}>
        {items.map((item) => (
          <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <PlanStatusBadge status={item.status} />
              <p className="text-sm text-slate-700">
                <PlanDates startsOn={item.startsOn} endsOn={item.endsOn} />
              </p>
            </div>
            <div className="mt-2">
              <ItemText item={item} />
            </div>
            <p className="mt-2 text-sm text-slate-700">
              {t("columns.responsible")}: {item.responsibleName ?? t("nobody")}
            </p>
            {canEdit && (
              <div className="mt-2 border-t border-slate-100 pt-2">
                <ItemControls item={item} slug={slug} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function ItemText({ item }: { item: PlanRow }) {
  const t = useTranslations("plan");
  return (
    <>
      <p className="font-medium text-slate-900 wrap-anywhere">{item.title}</p>
      {item.description && <p className="mt-1 whitespace-pre-line text-slate-700 wrap-anywhere">{item.description}</p>}
      {item.link && (
        <p className="mt-1">
          <a href={item.link} rel="noopener noreferrer nofollow" target="_blank" className="wrap-anywhere">
            {t("openLink")}
            <span className="sr-only">: {item.title}</span>
          </a>
        </p>
      )}
    </>
  );
}

function ItemControls({ item, slug }: { item: PlanRow; slug: string }) {
  const t = useTranslations("plan");
  return (
    <div className="flex flex-wrap items-start gap-1">
      <Link href={`/communities/${slug}/plan?edit=${item.id}#plan-form`} aria-label={t("editItem", { title: item.title })} className={buttonClass("ghost", "min-h-9 px-2")}>
        {t("edit")}
      </Link>
      <DeletePlanItemButton id={item.id} title={item.title} slug={slug} />
    </div>
  );
}
