import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { PublishResultsButton, RemoveJurorButton } from "@/components/contests/contest-buttons";
import { DeadlineForm } from "@/components/contests/deadline-form";
import { JurorAppointForm } from "@/components/contests/juror-appoint-form";
import { PlacesForm } from "@/components/contests/places-form";
import { ClientMessages } from "@/components/shell/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getContestManagement } from "@/lib/contests/queries";
import { toWallTime, zoneLabel } from "@/lib/events/time";
import { orNotFound } from "@/lib/http/or-not-found";

type Props = { params: Promise<{ locale: string; id: string }> };

// Organizers only: anyone else gets a 404, so the page does not confirm who organizes what.
const load = cache(async (locale: string, id: string) => {
  const viewer = await requireUser(locale);
  return { viewer, ...(await orNotFound(getContestManagement({ viewer, eventId: id }))) };
});

export async function generateMetadata({ params }: Props) {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "contests.manage" });
  const { access } = await load(locale, id);
  return { title: `${t("title")} — ${access.event.title}` };
}

export default async function ContestManagementPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [t, tz, format, { viewer, access, jurors, table }] = await Promise.all([getTranslations("contests.manage"), getTranslations("reference.timeZones"), getFormatter(), load(locale, id)]);
  const { event } = access;
  const published = access.resultsPublishedAt;
  const open = !published && event.status !== "cancelled";
  const h2 = "mb-4 text-xl font-semibold text-slate-900";

  return (
    <ClientMessages namespaces={["contests", "materials.coAuthorPicker"]}>
      <div className="max-w-5xl space-y-6">
        <Link href={`/events/${event.id}`} className="text-sm">
          {t("back")}
        </Link>
        <PageTitle>
          {t("title")}: {event.title}
        </PageTitle>
        {published && <Alert tone="success">{t("published", { date: format.dateTime(published, { timeZone: viewer.timeZone, day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }) })}</Alert>}

        {open && (
          <Card>
            <h2 className={h2}>{t("deadline")}</h2>
            <DeadlineForm eventId={event.id} values={toWallTime(access.entriesUntil, event.timeZone)} zone={zoneLabel(event.timeZone, access.entriesUntil, tz.has(event.timeZone) ? tz(event.timeZone) : undefined)} />
          </Card>
        )}

        <Card>
          <h2 className={h2}>{t("jurors")}</h2>
          {jurors.length === 0 ? (
            <p className="mb-4 text-slate-700">{t("noJurors")}</p>
          ) : (
            <ul className="mb-6 divide-y divide-slate-200" data-testid="contest-jurors">
              {jurors.map((j) => (
                <li key={j.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <Link href={`/users/${j.userId}`} className="font-medium">
                      {j.fullName}
                    </Link>
                    <span className="block text-sm text-slate-600">{t("scoredCount", { count: j.scored })}</span>
                  </span>
                  {open && <RemoveJurorButton eventId={event.id} userId={j.userId} name={j.fullName} />}
                </li>
              ))}
            </ul>
          )}
          {open && <JurorAppointForm eventId={event.id} />}
        </Card>

        <Card>
          <h2 className={h2}>{t("table")}</h2>
          {table.length === 0 ? (
            <p className="text-slate-700">{t("empty")}</p>
          ) : (
            <PlacesForm eventId={event.id} rows={table.map(({ id: entryId, title, authorName, mean, scoredBy, place }) => ({ id: entryId, title, authorName, mean, scoredBy, place }))} jurors={jurors.length} locked={!open} />
          )}
        </Card>

        {open && table.length > 0 && (
          <Card>
            <h2 className={h2}>{t("publish")}</h2>
            <p className="mb-4 text-sm text-slate-700">{t("publishHint")}</p>
            <PublishResultsButton eventId={event.id} />
          </Card>
        )}
      </div>
    </ClientMessages>
  );
}
