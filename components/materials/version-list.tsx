import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { MaterialPage } from "@/lib/materials/queries";

/** Submitted versions, newest first, each with its note and a link comparing it with the one before. */
export async function VersionList({ page }: { page: MaterialPage }) {
  const [t, format] = await Promise.all([getTranslations("materials.versions"), getFormatter()]);
  const { versions, material } = page;
  return (
    <div>
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("listTitle")}</h2>
      <ol className="space-y-3 text-sm">
        {versions.map((v, i) => {
          const previous = versions[i + 1];
          return (
            <li key={v.number} className="border-b border-slate-100 pb-3 last:border-0 last:pb-0">
              <p className="text-slate-900">
                <span className="font-medium">{t("version", { number: v.number })}</span>
                {v.number === material.version && <span className="text-slate-600"> ({t("current")})</span>}
                <span className="text-slate-600">, {t("submitted", { date: format.dateTime(v.createdAt, { dateStyle: "medium" }) })}</span>
              </p>
              {v.note && <p className="mt-1 line-clamp-3 break-words whitespace-pre-line text-slate-700">{v.note}</p>}
              {previous && (
                <p className="mt-1">
                  <Link href={`/materials/${material.id}/versions?from=${previous.number}&to=${v.number}`} aria-label={t("compareAria", { number: v.number, previous: previous.number })}>
                    {t("compare")}
                  </Link>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
