import { useTranslations } from "next-intl";
import type { UserStatus } from "@/lib/users/queries";

const tones = {
  active: "bg-green-100 text-green-900",
  pending_approval: "bg-amber-100 text-amber-900",
  blocked: "bg-red-100 text-red-900",
  deleted: "bg-slate-200 text-slate-800",
  unverified: "bg-slate-100 text-slate-800 ring-1 ring-inset ring-slate-300",
} as const;

/** The account's state, plus a second badge while its e-mail is unconfirmed. */
export function UserStatusBadges({ status, emailVerified }: { status: UserStatus; emailVerified: boolean }) {
  const t = useTranslations("adminUsers.status");
  const badges: (keyof typeof tones)[] = [status, ...(!emailVerified && status !== "deleted" ? (["unverified"] as const) : [])];
  return (
    <span className="inline-flex flex-wrap gap-1">
      {badges.map((b) => (
        <span key={b} className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${tones[b]}`}>
          {t(b)}
        </span>
      ))}
    </span>
  );
}
