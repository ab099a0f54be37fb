import { useTranslations } from "next-intl";
import type { OutboxStatus } from "@/lib/mail/queries";

const tones: Record<OutboxStatus, string> = {
  delivered: "bg-green-50 text-green-900 border-green-300",
  queued: "bg-slate-100 text-slate-800 border-slate-300",
  failed: "bg-red-50 text-red-900 border-red-300",
};

export function MailStatus({ status }: { status: OutboxStatus }) {
  const t = useTranslations("outbox.status");
  return <span className={`inline-block whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${tones[status]}`}>{t(status)}</span>;
}
