import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { DirectoryEntry } from "@/lib/organizations/queries";

/** The directory's cards: short name as the heading, the full name and what kind, where, how many. */
export function DirectoryResults({ items }: { items: DirectoryEntry[] }) {
  const t = useTranslations("organizations.directory");
  const tk = useTranslations("reference.organizationKinds");
  return (
    <ul aria-label={t("resultsLabel")} className="grid gap-4 md:grid-cols-2">
      {items.map((o) => (
        <li key={o.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="text-lg font-semibold leading-snug text-slate-900">
            <Link href={`/organizations/${o.id}`}>{o.shortName || o.name}</Link>
          </h2>
          {o.shortName && <p className="text-sm text-slate-700">{o.name}</p>}
          <p className="mt-auto text-sm text-slate-600">
            {tk(o.kind)}
            <br />
            {o.municipality} · {t("members", { count: o.memberCount })}
          </p>
        </li>
      ))}
    </ul>
  );
}
