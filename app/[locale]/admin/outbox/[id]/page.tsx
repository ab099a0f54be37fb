import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LinkedText } from "@/components/admin/outbox/linked-text";
import { MailStatus } from "@/components/admin/outbox/mail-status";
import { Alert } from "@/components/ui/alert";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { orNotFound } from "@/lib/http/or-not-found";
import { getOutboxMail } from "@/lib/mail/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "outbox" });
  return { title: t("title") };
}

export default async function OutboxMailPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "outbox.read");
  const mail = await orNotFound(getOutboxMail({ actor: viewer, id }));
  const [t, format] = await Promise.all([getTranslations("outbox"), getFormatter()]);
  const when = (date: Date) => <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "long", timeStyle: "medium" })}</time>;
  return (
    <article className="space-y-4">
      <p>
        <Link href="/admin/outbox">{t("mail.back")}</Link>
      </p>
      <PageTitle>
        <span className="wrap-anywhere">{mail.subject}</span>
      </PageTitle>
      <Card>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-slate-700">{t("to")}</dt>
          <dd className="wrap-anywhere">{mail.recipient}</dd>
          <dt className="font-medium text-slate-700">{t("createdAt")}</dt>
          <dd>{when(mail.createdAt)}</dd>
          <dt className="font-medium text-slate-700">{t("status.label")}</dt>
          <dd>
            <MailStatus status={mail.status} />
          </dd>
          {mail.deliveredAt && (
            <>
              <dt className="font-medium text-slate-700">{t("deliveredAt")}</dt>
              <dd>{when(mail.deliveredAt)}</dd>
            </>
          )}
          {mail.error && (
            <>
              <dt className="font-medium text-slate-700">{t("error")}</dt>
              <dd className="wrap-anywhere text-red-800">{mail.error}</dd>
            </>
          )}
        </dl>
      </Card>
      <section aria-labelledby="mail-body-title" className="space-y-2">
        <h2 id="mail-body-title" className="text-lg font-semibold text-slate-900">
          {t("mail.body")}
        </h2>
        <Alert>{t("mail.linksHint")}</Alert>
        <div className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 leading-relaxed text-slate-900 wrap-anywhere">
          <LinkedText text={mail.body} />
        </div>
      </section>
    </article>
  );
}
