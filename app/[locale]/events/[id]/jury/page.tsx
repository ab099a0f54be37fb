import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { EntryBody } from "@/components/contests/contest-section";
import { ScoreForm } from "@/components/contests/score-form";
import { ClientMessages } from "@/components/shell/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getJuryPage } from "@/lib/contests/queries";
import { orNotFound } from "@/lib/http/or-not-found";

type Props = { params: Promise<{ locale: string; id: string }> };

// Jurors only: anyone else gets a 404, so the page does not say who sits on which jury.
const load = cache(async (locale: string, id: string) => {
  const viewer = await requireUser(locale);
  return await orNotFound(getJuryPage({ viewer, eventId: id }));
});

export async function generateMetadata({ params }: Props) {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "contests.jury" });
  const { access } = await load(locale, id);
  return { title: `${t("title")} — ${access.event.title}` };
}

export default async function JuryPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [t, { access, entries }] = await Promise.all([getTranslations("contests.jury"), load(locale, id)]);
  const { event } = access;
  const published = Boolean(access.resultsPublishedAt);

  return (
    <div className="max-w-4xl space-y-6">
      <Link href={`/events/${event.id}`} className="text-sm">
        {t("back")}
      </Link>
      <PageTitle lead={t("lead")}>
        {t("title")}: {event.title}
      </PageTitle>
      {published && <Alert>{t("published")}</Alert>}
      {entries.length === 0 && (
        <Card>
          <p className="text-slate-700">{t("empty")}</p>
        </Card>
      )}
      <ClientMessages namespaces={["contests"]}>
        <ol className="space-y-6">
          {entries.map((entry) => (
            <li key={entry.id}>
              <Card>
                <article className="space-y-4" data-testid="jury-entry">
                  <p className="text-sm text-slate-600">{t("author", { name: entry.authorName })}</p>
                  <EntryBody entry={entry} />
                  {published ? (
                    <p className="font-medium text-slate-900">{entry.myScore === null ? t("notScored") : t("scored", { score: entry.myScore })}</p>
                  ) : (
                    <ScoreForm eventId={event.id} entryId={entry.id} score={entry.myScore} comment={entry.myComment} title={entry.title} />
                  )}
                </article>
              </Card>
            </li>
          ))}
        </ol>
      </ClientMessages>
    </div>
  );
}
