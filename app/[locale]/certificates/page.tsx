import { getTranslations, setRequestLocale } from "next-intl/server";
import { CertificateCheckForm } from "@/components/certificates/check-form";
import { Card, PageTitle } from "@/components/ui/card";
import { redirect } from "@/i18n/navigation";
import { normaliseCertificateNumber } from "@/lib/events/certificates";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ number?: string | string[] }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "events.certificates.verify" });
  return { title: t("title") };
}

// The public check (no sign-in): the form, and a typed number goes to its own page.
export default async function CertificateCheckPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const typed = [(await searchParams).number].flat()[0]?.trim().slice(0, 60) ?? "";
  if (typed) redirect({ href: `/certificates/${encodeURIComponent(normaliseCertificateNumber(typed) ?? typed)}`, locale });
  const t = await getTranslations("events.certificates.verify");
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <Card>
        <CertificateCheckForm locale={locale} />
      </Card>
      <p className="text-sm text-slate-600">{t("privacy")}</p>
    </div>
  );
}
