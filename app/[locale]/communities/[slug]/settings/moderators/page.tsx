import Form from "next/form";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ModeratorButton } from "@/components/communities/moderator-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Link } from "@/i18n/navigation";
import { memberSearchSchema } from "@/lib/communities/schemas";
import { searchModeratorCandidates } from "@/lib/communities/settings-queries";
import { firstValues } from "@/lib/organizations/schemas";
import { loadSettings } from "../load-settings";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "communities.settings.nav" });
  return { title: t("moderators") };
}

export default async function CommunityModeratorsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { viewer, settings } = await loadSettings(locale, slug);
  const raw = firstValues(await searchParams);
  const { q } = memberSearchSchema.parse(raw);
  const t = await getTranslations("communities.settings");
  const names = settings.viewer.namesModerators && !settings.viewer.archived;
  const candidates = names && q ? await searchModeratorCandidates({ viewer, slug, query: q }) : [];
  const id = settings.community.id;

  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">{t("moderators.lead")}</p>
      {settings.viewer.archived && <Alert>{t("archived")}</Alert>}
      {!settings.viewer.namesModerators && <Alert>{t("moderators.onlyLeader")}</Alert>}
      {raw.done === "appointed" && <Alert tone="success">{t("moderators.appointed")}</Alert>}
      {raw.done === "removed" && <Alert tone="success">{t("moderators.removed")}</Alert>}

      <Card>
        <h3 className="mb-3 text-lg font-semibold text-slate-900">{t("moderators.current")}</h3>
        {settings.moderators.length === 0 ? (
          <p className="text-slate-700">{t("moderators.none")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {settings.moderators.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-3 first:pt-0 last:pb-0">
                <span className="min-w-0">
                  {m.profileVisible ? <Link href={`/users/${m.id}`}>{m.fullName}</Link> : <span className="font-medium">{m.fullName}</span>}
                  {(m.position || m.organization) && <span className="block text-sm text-slate-600">{[m.position, m.organization].filter(Boolean).join(", ")}</span>}
                </span>
                {names && <ModeratorButton communityId={id} userId={m.id} name={m.fullName} verb="remove" />}
              </li>
            ))}
          </ul>
        )}
      </Card>

      {names && (
        <Card>
          <h3 className="mb-3 text-lg font-semibold text-slate-900">{t("moderators.appointTitle")}</h3>
          <search>
            <Form action={`/${locale}/communities/${slug}/settings/moderators`} className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
              <div className="space-y-1">
                <label htmlFor="moderator-q" className="block text-sm font-medium text-slate-800">
                  {t("moderators.search")}
                </label>
                <Input id="moderator-q" name="q" type="search" defaultValue={q} maxLength={100} aria-describedby="moderator-q-hint" />
              </div>
              <button type="submit" className={buttonClass("secondary")}>
                {t("moderators.searchSubmit")}
              </button>
              <p id="moderator-q-hint" className="text-sm text-slate-600 sm:col-span-2">
                {t("moderators.searchHint")}
              </p>
            </Form>
          </search>
          {q.length >= 2 && (
            <div role="status" className="mt-4">
              {candidates.length === 0 ? (
                <p className="text-slate-700">{t("moderators.notFound")}</p>
              ) : (
                <ul className="divide-y divide-slate-200">
                  {candidates.map((c) => (
                    <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 py-3 first:pt-0 last:pb-0">
                      <span className="min-w-0">
                        <span className="font-medium text-slate-900">{c.fullName}</span>
                        {(c.position || c.organization) && <span className="block text-sm text-slate-600">{[c.position, c.organization].filter(Boolean).join(", ")}</span>}
                      </span>
                      <ModeratorButton communityId={id} userId={c.id} name={c.fullName} verb="appoint" />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </Card>
      )}
    </div>
  );
}
