import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

const tones = {
  neutral: "bg-slate-100 text-slate-800",
  brand: "bg-brand-50 text-brand-800",
  archived: "bg-amber-100 text-amber-900",
  private: "bg-violet-100 text-violet-900",
} as const;

export function Badge({ tone = "neutral", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}

/** Kind and type, plus "archive" and "members only" where they apply. */
export function CommunityBadges({ kind, type, archived, membersOnly }: { kind: string; type: string; archived: boolean; membersOnly: boolean }) {
  const t = useTranslations("communities.catalogue");
  const tk = useTranslations("reference.communityKinds");
  const tt = useTranslations("reference.communityTypes");
  return (
    <p className="flex flex-wrap gap-1.5">
      <Badge tone="brand">{tk(kind)}</Badge>
      <Badge>{tt(type)}</Badge>
      {membersOnly && <Badge tone="private">{t("membersOnlyBadge")}</Badge>}
      {archived && <Badge tone="archived">{t("archivedBadge")}</Badge>}
    </p>
  );
}
