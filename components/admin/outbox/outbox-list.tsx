import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { OutboxListItem } from "@/lib/mail/queries";
import { MailStatus } from "./mail-status";

export function OutboxList({ items }: { items: OutboxListItem[] }) {
  const t = useTranslations("outbox");
  const format = useFormatter();
  return (
    <ul aria-label={t("listLabel")} className="space-y-2">
      {items.map((mail) => (
        <li key={mail.id} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <Link href={`/admin/outbox/${mail.id}`} className="min-w-0 font-medium wrap-anywhere">
              {mail.subject}
            </Link>
            <MailStatus status={mail.status} />
          </div>
          <dl className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
            <div className="min-w-0">
              <dt className="inline">{t("to")}: </dt>
              <dd className="inline wrap-anywhere">{mail.recipient}</dd>
            </div>
            <div>
              <dt className="sr-only">{t("createdAt")}</dt>
              <dd>
                <time dateTime={mail.createdAt.toISOString()}>{format.dateTime(mail.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
