import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { MaterialPage } from "@/lib/materials/queries";

/** Kind, authors, community, subjects, levels, themes, tags, licence and demand, as a definition list. */
export async function MaterialFacts({ page }: { page: MaterialPage }) {
  const [t, tr, format] = await Promise.all([getTranslations("materials.page"), getTranslations("reference"), getFormatter()]);
  const m = page.material;
  const list = (items: string[]) => items.join(", ") || "—";
  const rows: [string, React.ReactNode][] = [
    [t("kind"), tr(`materialKinds.${m.kind}`)],
    [
      t("authors"),
      page.authors
        ? page.authors.map((a, i) => (
            <span key={`${a.userId ?? a.name}-${i}`}>
              {i > 0 && ", "}
              {a.userId ? <Link href={`/users/${a.userId}`}>{a.name}</Link> : a.name}
            </span>
          ))
        : t("authorsHidden"),
    ],
    ...(page.communityName && page.communitySlug ? [[t("community"), <Link key="c" href={`/communities/${page.communitySlug}`}>{page.communityName}</Link>] as [string, React.ReactNode]] : []),
    [t("subjects"), list(m.subjects.map((s) => tr(`subjects.${s}`)))],
    [t("levels"), list(m.levels.map((l) => tr(`educationLevels.${l}`)))],
    ...(m.themes.length ? [[t("themes"), list(m.themes.map((s) => tr(`priorityThemes.${s}`)))] as [string, React.ReactNode]] : []),
    ...(m.tags.length ? [[t("tags"), list(m.tags)] as [string, React.ReactNode]] : []),
    [t("licence"), tr(`materialLicences.${m.licence}`)],
  ];
  return (
    <div className="space-y-3">
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
        {m.publishedAt && <span>{t("published", { date: format.dateTime(m.publishedAt, { dateStyle: "long" }) })}</span>}
        {m.version > 0 && <span>{t("version", { version: m.version })}</span>}
        <span>{t("views", { count: m.viewCount })}</span>
        <span>{t("downloads", { count: m.downloadCount })}</span>
      </p>
    </div>
  );
}
