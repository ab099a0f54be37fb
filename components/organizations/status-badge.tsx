import { useTranslations } from "next-intl";

const tones = {
  pending: "bg-amber-100 text-amber-900",
  approved: "bg-green-100 text-green-900",
  merged: "bg-slate-200 text-slate-800",
} as const;

export function StatusBadge({ status }: { status: keyof typeof tones }) {
  const t = useTranslations("organizations.status");
  return <span className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${tones[status]}`}>{t(status)}</span>;
}
