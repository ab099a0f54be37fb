import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/current-user";
import { eventCertificates, myCertificates } from "@/lib/events/certificates";
import { certificatePdfHref, certificateRole } from "./certificate-role";
import { IssueCertificatesButton } from "./issue-certificates-button";
import { RevokeCertificateForm } from "./revoke-certificate-form";

const h2 = "mb-3 text-lg font-semibold text-slate-900";

/**
 * The organizers' «Сертификаты» card on the participant list: the bulk issue once the event has
 * begun, and every certificate issued with its PDF and «Отозвать» (a revoked one: marked, no PDF). Needs the "events" client messages.
 */
export async function EventCertificatesCard({ event }: { event: { id: string; startsAt: Date; status: string } }) {
  const [t, list] = await Promise.all([getTranslations("events.certificates"), eventCertificates({ actor: await currentUser(), eventId: event.id })]);
  const started = new Date() >= event.startsAt;
  return (
    <Card>
      <section aria-labelledby="certificates-title" className="space-y-4" data-testid="event-certificates">
        <h2 id="certificates-title" className={h2}>
          {t("title")}
        </h2>
        <p className="text-sm text-slate-700">{t("lead")}</p>
        {event.status === "cancelled" ? (
          <p className="text-sm text-slate-700">{t("errors.eventCancelled")}</p>
        ) : started ? (
          <IssueCertificatesButton eventId={event.id} />
        ) : (
          <p className="text-sm text-slate-700">{t("notYet")}</p>
        )}
        {list.length === 0 ? (
          <p className="text-slate-700">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 border-t border-slate-200">
            {list.map((c) => (
              <li key={c.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-3">
                <div className="min-w-0">
                  <p className="font-medium break-words text-slate-900">{c.fullName}</p>
                  <p className="text-sm text-slate-700">
                    {certificateRole(t, c)} · <span className="font-mono">{c.number}</span>
                    {c.revoked && <span className="text-red-800"> · {t("revoked")}</span>}
                  </p>
                </div>
                {!c.revoked && (
                  <div className="flex flex-wrap items-start gap-x-4 gap-y-1">
                    <a href={certificatePdfHref(c.id)} download aria-label={t("downloadLabel", { number: c.number })} className="text-sm font-medium">
                      {t("download")}
                    </a>
                    <RevokeCertificateForm eventId={event.id} certificateId={c.id} number={c.number} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}

/** «Ваш сертификат» on the event page, for a signed-in holder; nothing for anyone else. */
export async function YourCertificates({ eventId }: { eventId: string }) {
  const viewer = await currentUser();
  if (!viewer) return null;
  const own = await myCertificates({ actor: viewer, eventId });
  if (own.length === 0) return null;
  const t = await getTranslations("events.certificates");
  return (
    <Card>
      <section aria-labelledby="your-certificate-title" className="space-y-3" data-testid="your-certificates">
        <h2 id="your-certificate-title" className={h2}>
          {t("yours")}
        </h2>
        <ul className="space-y-3">
          {own.map((c) => (
            <li key={c.id} className="space-y-1">
              <p className="text-sm text-slate-700">
                {certificateRole(t, c)} · <span className="font-mono">{c.number}</span>
                {c.revoked && <span className="text-red-800"> · {t("revoked")}</span>}
              </p>
              {!c.revoked && (
                <a href={certificatePdfHref(c.id)} download aria-label={t("downloadLabel", { number: c.number })} className="font-medium">
                  {t("download")}
                </a>
              )}
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-600">{t("yoursLead")}</p>
      </section>
    </Card>
  );
}
