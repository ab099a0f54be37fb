import { getTimeZone, getTranslations, setRequestLocale } from "next-intl/server";
import { OutboxList } from "@/components/admin/outbox/outbox-list";
import { OutboxPagination } from "@/components/admin/outbox/outbox-pagination";
import { RecipientFilter } from "@/components/admin/outbox/recipient-filter";
import { Alert } from "@/components/ui/alert";
import { PageTitle } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/require-permission";
import { mailIsLocal } from "@/lib/mail/mode";
import { listOutbox } from "@/lib/mail/queries";

type SearchParams = Promise<{ page?: string | string[]; to?: string | string[] }>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "outbox" });
  return { title: t("title") };
}

export default async function OutboxPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "outbox.read");
  const query = await searchParams;
  const recipient = first(query.to).trim().slice(0, 254);
  const [t, tz, zone, result] = await Promise.all([
    getTranslations("outbox"),
    getTranslations("reference.timeZones"),
    getTimeZone(),
    listOutbox({ actor: viewer, page: Number(first(query.page) || 1), recipient }),
  ]);
  return (
    <div className="space-y-4">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      {mailIsLocal() && <Alert>{t("localMode")}</Alert>}
      <RecipientFilter recipient={recipient} />
      <p className="text-sm text-slate-700">
        {t("count", { total: result.total })}. {t("timeZone", { zone: tz.has(zone) ? tz(zone) : zone })}
      </p>
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700">{recipient ? t("emptyFiltered", { query: recipient }) : t("empty")}</p>
      ) : (
        <OutboxList items={result.items} />
      )}
      <OutboxPagination page={result.page} pageCount={result.pageCount} recipient={recipient} />
    </div>
  );
}
