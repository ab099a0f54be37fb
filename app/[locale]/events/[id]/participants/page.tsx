import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { AttendanceForm } from "@/components/events/attendance-form";
import { EventCertificatesCard } from "@/components/events/event-certificates";
import { RegistrantMessageForm } from "@/components/events/registrant-message-form";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { listParticipants } from "@/lib/events/registrations";
import { orNotFound } from "@/lib/http/or-not-found";

type Props = { params: Promise<{ locale: string; id: string }> };

// Organizers only: anyone else gets a 404, so the page does not confirm who organizes what.
const load = cache(async (locale: string, id: string) => {
  const viewer = await requireUser(locale);
  return await orNotFound(listParticipants({ actor: viewer, eventId: id }));
});

export async function generateMetadata({ params }: Props) {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "events.registration.participants" });
  const { access } = await load(locale, id);
  return { title: `${t("title")} — ${access.event.title}` };
}

export default async function ParticipantsPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [t, { access, participants }] = await Promise.all([getTranslations("events.registration"), load(locale, id)]);
  const { event } = access;
  const taken = participants.filter((p) => p.status === "registered").length;
  const exportHref = (format: "xlsx" | "csv") => `/api/events/${event.id}/participants/${format}?locale=${locale}`;

  return (
    <div className="max-w-5xl space-y-6">
      <Link href={`/events/${event.id}`} className="text-sm">
        {t("participants.back")}
      </Link>
      <PageTitle lead={t("participants.summary", { taken, waiting: participants.length - taken })}>
        {t("participants.title")}: {event.title}
      </PageTitle>

      <Card>
        {participants.length === 0 ? (
          <p className="text-slate-700">{t("participants.empty")}</p>
        ) : (
          <AttendanceForm
            eventId={event.id}
            canMark={new Date() >= event.startsAt}
            participants={participants.map(({ userId, fullName, organization, status, attended }) => ({ userId, fullName, organization, status, attended }))}
          />
        )}
      </Card>

      <EventCertificatesCard event={event} />

      <Card>
        <h2 className="mb-3 text-xl font-semibold text-slate-900">{t("participants.exportTitle")}</h2>
        <div className="flex flex-wrap gap-3">
          <a href={exportHref("xlsx")} download className={buttonClass("secondary")}>
            {t("participants.exportXlsx")}
          </a>
          <a href={exportHref("csv")} download className={buttonClass("secondary")}>
            {t("participants.exportCsv")}
          </a>
        </div>
        <p className="mt-3 text-sm text-slate-600">{t("participants.contactsNote")}</p>
      </Card>

      <Card>
        <h2 className="mb-4 text-xl font-semibold text-slate-900">{t("message.title")}</h2>
        {event.status === "cancelled" && <Alert>{t("closed.eventCancelled")}</Alert>}
        <RegistrantMessageForm eventId={event.id} />
      </Card>
    </div>
  );
}
