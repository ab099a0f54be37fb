import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { cache } from "react";
import { CertificateCheckForm } from "@/components/certificates/check-form";
import { certificateRole } from "@/components/events/certificate-role";
import { Card, PageTitle } from "@/components/ui/card";
import { verifyCertificate } from "@/lib/events/certificates";

type Props = { params: Promise<{ locale: string; number: string }> };

const check = cache((number: string) => {
  let typed = number;
  try {
    typed = decodeURIComponent(number);
  } catch {
    // A stray "%" in a typed address: check it as it is.
  }
  return verifyCertificate(typed);
});

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "events.certificates.verify" });
  // The holder's name is on the page: keep it out of search engines.
  return { title: t("title"), robots: { index: false, follow: false } };
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="space-y-0.5 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4 sm:space-y-0">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="break-words text-slate-900">{children}</dd>
    </div>
  );
}

// The public verification page the certificate's QR code leads to (no sign-in): genuine, revoked,
// or not found for a forged or mistyped number. Only what is printed on the certificate is shown.
export default async function CertificatePage({ params }: Props) {
  const { locale, number } = await params;
  setRequestLocale(locale);
  const [result, t, tc, format] = await Promise.all([check(number), getTranslations("events.certificates.verify"), getTranslations("events.certificates"), getFormatter()]);

  if (!result.found) {
    return (
      <div className="max-w-3xl space-y-6">
        <PageTitle>{t("title")}</PageTitle>
        <section role="alert" className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 sm:p-6" data-testid="certificate-check">
          <h2 className="text-xl font-semibold break-words">{t("notFound", { number: result.number })}</h2>
          <p>{t("notFoundLead")}</p>
        </section>
        <Card>
          <CertificateCheckForm locale={locale} number={result.number} title={t("another")} />
        </Card>
      </div>
    );
  }

  const { event } = result;
  const lastMoment = new Date(event.endsAt.getTime() - (event.allDay ? 1 : 0));
  const day = { day: "numeric", month: "long", year: "numeric", timeZone: event.timeZone } as const;
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <section
        role="status"
        className={`space-y-2 rounded-lg border p-4 sm:p-6 ${result.revoked ? "border-amber-300 bg-amber-50 text-amber-950" : "border-green-300 bg-green-50 text-green-950"}`}
        data-testid="certificate-check"
      >
        <h2 className="text-xl font-semibold">{result.revoked ? t("revoked") : t("genuine")}</h2>
        <p className="break-words">{t(result.revoked ? "revokedLead" : "genuineLead", { number: result.number })}</p>
      </section>
      <Card>
        <dl className="space-y-3">
          <Fact label={t("holder")}>
            <span className="font-semibold">{result.fullName}</span>
          </Fact>
          <Fact label={t("role")}>{certificateRole(tc, result)}</Fact>
          <Fact label={t("event")}>{result.eventTitle}</Fact>
          <Fact label={t("dates")}>{format.dateTimeRange(event.startsAt, lastMoment, day)}</Fact>
          <Fact label={t("community")}>{result.communityName ?? t("platformWide")}</Fact>
          {result.hours !== null && <Fact label={t("hours")}>{tc("mine.hours", { hours: result.hours })}</Fact>}
          <Fact label={t("issuedAt")}>{format.dateTime(result.issuedAt, day)}</Fact>
          <Fact label={t("number")}>
            <span className="font-mono">{result.number}</span>
          </Fact>
        </dl>
      </Card>
      <p className="text-sm text-slate-600">{t("privacy")}</p>
      <Card>
        <CertificateCheckForm locale={locale} title={t("another")} />
      </Card>
    </div>
  );
}
