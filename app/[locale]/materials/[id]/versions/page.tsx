import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { ListDiffView, TextDiffView, ValueChange } from "@/components/materials/version-diff";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { Select } from "@/components/ui/input";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/http/or-not-found";
import { compareVersions, type VersionSummary } from "@/lib/materials/versions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ from?: string | string[]; to?: string | string[] }> };

/** The comparison for this request (read once for metadata and page); anything not there: 404. */
const load = cache(async (locale: string, id: string, from: unknown, to: unknown) => {
  const viewer = await requireUser(locale);
  return await orNotFound(compareVersions({ viewer, id, from, to }));
});

export async function generateMetadata({ params, searchParams }: Props) {
  const [{ locale, id }, { from, to }] = await Promise.all([params, searchParams]);
  const [t, c] = await Promise.all([getTranslations({ locale, namespace: "materials.versions" }), load(locale, id, from, to)]);
  return { title: `${t("title")}: ${c.title}` };
}

export default async function VersionsPage({ params, searchParams }: Props) {
  const [{ locale, id }, { from, to }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [c, t, tp, tr] = await Promise.all([load(locale, id, from, to), getTranslations("materials.versions"), getTranslations("materials.page"), getTranslations("reference")]);
  const { metadata: m } = c;
  const code = (group: string) => (item: string) => (tr.has(`${group}.${item}`) ? tr(`${group}.${item}`) : item);
  const asIs = (item: string) => item;
  const lists = [
    ["subjects", m.subjects, code("subjects")],
    ["levels", m.levels, code("educationLevels")],
    ["themes", m.themes, code("priorityThemes")],
    ["tags", m.tags, asIs],
    ...(m.authors ? [["authors", m.authors, asIs] as const] : []),
    ["files", m.files, asIs],
  ] as const;
  const values = [
    ["kind", m.kind, code("materialKinds")],
    ["licence", m.licence, code("materialLicences")],
  ] as const;
  const changedValues = values.filter(([, d]) => d.changed);
  const changedLists = lists.filter(([, d]) => d.changed);

  return (
    <div className="space-y-6">
      <div>
        <p className="mb-2 text-sm">
          <Link href={`/materials/${c.materialId}`}>← {t("back")}</Link>
        </p>
        <PageTitle lead={t("lead", { title: c.title, from: c.from.number, to: c.to.number })}>{t("title")}</PageTitle>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <VersionCard heading={t("from", { number: c.from.number })} version={c.from} />
        <VersionCard heading={t("to", { number: c.to.number })} version={c.to} />
      </div>

      {c.versions.length > 2 && (
        <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <p className="w-full text-sm font-semibold text-slate-900">{t("pick")}</p>
          <label className="space-y-1 text-sm text-slate-800">
            <span className="block">{t("pickFrom")}</span>
            <Select name="from" defaultValue={String(c.from.number)} className="w-28">
              {c.versions.slice(1).map((v) => (
                <option key={v.number} value={v.number}>
                  {v.number}
                </option>
              ))}
            </Select>
          </label>
          <label className="space-y-1 text-sm text-slate-800">
            <span className="block">{t("pickTo")}</span>
            <Select name="to" defaultValue={String(c.to.number)} className="w-28">
              {c.versions.slice(0, -1).map((v) => (
                <option key={v.number} value={v.number}>
                  {v.number}
                </option>
              ))}
            </Select>
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            {t("pickSubmit")}
          </button>
        </form>
      )}

      <Card>
        <h2 className="mb-1 text-lg font-semibold text-slate-900">{t("text")}</h2>
        <p className="mb-4 text-sm text-slate-600">{t("legend")}</p>
        <div className="space-y-5">
          <section>
            <h3 className="mb-1 text-sm font-semibold text-slate-700">{t("titleField")}</h3>
            <TextDiffView diff={c.text.title} />
          </section>
          <section>
            <h3 className="mb-1 text-sm font-semibold text-slate-700">{t("abstractField")}</h3>
            <TextDiffView diff={c.text.abstract} />
          </section>
          <section>
            <h3 className="mb-1 text-sm font-semibold text-slate-700">{t("bodyField")}</h3>
            <TextDiffView diff={c.text.body} long />
          </section>
        </div>
      </Card>

      <Card>
        <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("metadata")}</h2>
        {changedValues.length + changedLists.length === 0 ? (
          <p className="text-sm text-slate-600">{t("metadataUnchanged")}</p>
        ) : (
          <dl className="grid gap-x-4 gap-y-3 sm:grid-cols-[10rem_1fr]">
            {changedValues.map(([field, d, label]) => (
              <div key={field} className="contents">
                <dt className="text-sm font-medium text-slate-600">{tp(field)}</dt>
                <dd>
                  <ValueChange before={d.before ? label(d.before) : t("none")} after={d.after ? label(d.after) : t("none")} />
                </dd>
              </div>
            ))}
            {changedLists.map(([field, d, label]) => (
              <div key={field} className="contents">
                <dt className="text-sm font-medium text-slate-600">{tp(field)}</dt>
                <dd>
                  <ListDiffView diff={d} label={label} />
                </dd>
              </div>
            ))}
          </dl>
        )}
        {!m.authors && <p className="mt-3 text-sm text-slate-600">{tp("authorsHidden")}</p>}
      </Card>
    </div>
  );
}

async function VersionCard({ heading, version }: { heading: string; version: VersionSummary }) {
  const [t, format] = await Promise.all([getTranslations("materials.versions"), getFormatter()]);
  return (
    <Card>
      <h2 className="text-base font-semibold text-slate-900">{heading}</h2>
      <p className="mb-2 text-sm text-slate-600">{t("submitted", { date: format.dateTime(version.createdAt, { dateStyle: "long", timeStyle: "short" }) })}</p>
      <h3 className="text-sm font-semibold text-slate-700">{t("note")}</h3>
      <p className={`break-words whitespace-pre-line ${version.note ? "text-slate-900" : "text-slate-600"}`}>{version.note || t("noNote")}</p>
    </Card>
  );
}
