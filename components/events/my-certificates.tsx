import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { myCertificates } from "@/lib/events/certificates";
import { certificatePdfHref, certificateRole } from "./certificate-role";

/** «Мои сертификаты» on the profile: each with its event, role, date, number, PDF and verification page. */
export async function MyCertificates() {
  const viewer = await currentUser();
  if (!viewer) return null;
  const [t, format, list] = await Promise.all([getTranslations("events.certificates"), getFormatter(), myCertificates({ actor: viewer })]);
  return (
    <Card>
      <section id="certificates" aria-labelledby="my-certificates-title" className="scroll-mt-20 space-y-3" data-testid="my-certificates">
        <h2 id="my-certificates-title" className="text-lg font-semibold text-slate-900">
          {t("mine.title")}
        </h2>
        {list.length === 0 ? (
          <p className="text-slate-700">{t("mine.empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {list.map((c) => (
              <li key={c.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 py-3">
                <div className="min-w-0 space-y-1">
                  <Link href={`/events/${c.eventId}`} className="font-medium break-words">
                    {c.eventTitle}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {certificateRole(t, c)}
                    {c.hours !== null && ` · ${t("mine.hours", { hours: c.hours })}`} · {t("mine.issuedOn", { date: format.dateTime(c.issuedAt, { day: "numeric", month: "long", year: "numeric" }) })}
                  </p>
                  <p className="font-mono text-sm text-slate-800">
                    {c.number}
                    {c.revoked && <span className="font-sans text-red-800"> · {t("revoked")}</span>}
                  </p>
                </div>
                <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
                  {!c.revoked && (
                    <a href={certificatePdfHref(c.id)} download aria-label={t("downloadLabel", { number: c.number })}>
                      {t("download")}
                    </a>
                  )}
                  <Link href={`/certificates/${c.number}`} aria-label={t("verifyLabel", { number: c.number })}>
                    {t("verifyLink")}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}
