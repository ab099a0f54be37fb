import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/communities/badges";
import { Link } from "@/i18n/navigation";
import type { MaterialRow } from "@/lib/materials/queries";

/** Materials as a list of cards: title, kind, status (lists of published ones leave it out) and the last change; works on a phone. */
export async function MaterialTable({ rows, href = (r) => `/materials/${r.id}`, showStatus = true }: { rows: MaterialRow[]; href?: (row: MaterialRow) => string; showStatus?: boolean }) {
  const [t, tr, format] = await Promise.all([getTranslations("materials"), getTranslations("reference.materialKinds"), getFormatter()]);
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {rows.map((r) => (
        <li key={`${r.id}-${href(r)}`} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
          <span className="min-w-0">
            <Link href={href(r)} className="font-medium">
              {r.title}
            </Link>
            <span className="block text-sm text-slate-600">
              {tr(r.kind)} · {format.dateTime(r.updatedAt, { dateStyle: "medium" })}
            </span>
          </span>
          {showStatus && <Badge tone={r.status === "published" ? "brand" : "neutral"}>{t(`statuses.${r.status}`)}</Badge>}
        </li>
      ))}
    </ul>
  );
}
