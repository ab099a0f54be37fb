import { useFormatter, useTranslations } from "next-intl";
import type { UserConsent } from "@/lib/users/queries";

/** Each consent with its version, time and address (152-FZ); withdrawn ones stay listed. */
export function ConsentsList({ consents }: { consents: UserConsent[] }) {
  const t = useTranslations("adminUsers.consents");
  const format = useFormatter();
  if (consents.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  const when = (date: Date) => <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "medium", timeStyle: "short" })}</time>;
  return (
    <ul aria-label={t("title")} className="divide-y divide-slate-200">
      {consents.map((c) => (
        <li key={c.id} className="py-3 first:pt-0 last:pb-0">
          <p className="font-medium text-slate-900">{t(`documents.${c.document}`)}</p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
            <dt className="text-slate-600">{t("version")}</dt>
            <dd className="text-slate-900">{c.version}</dd>
            <dt className="text-slate-600">{t("acceptedAt")}</dt>
            <dd className="text-slate-900">{when(c.acceptedAt)}</dd>
            <dt className="text-slate-600">{t("ip")}</dt>
            <dd className="text-slate-900 wrap-anywhere">{c.ipAddress ?? t("unknown")}</dd>
            <dt className="text-slate-600">{t("withdrawnAt")}</dt>
            <dd className={c.withdrawnAt ? "font-medium text-red-800" : "text-slate-900"}>{c.withdrawnAt ? when(c.withdrawnAt) : t("notWithdrawn")}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
