import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { CommunityCard } from "@/lib/communities/queries";
import { CommunityBadges } from "./badges";

/** The catalogue's cards: name, what kind, the goal, how to join, how many and how active. */
export function CommunityCards({ items }: { items: CommunityCard[] }) {
  const t = useTranslations("communities.catalogue");
  const tj = useTranslations("reference.joinPolicies");
  return (
    <ul aria-label={t("resultsLabel")} className="grid gap-4 md:grid-cols-2">
      {items.map((c) => (
        <li key={c.id} className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="text-lg font-semibold leading-snug text-slate-900">
            <Link href={`/communities/${c.slug}`}>{c.name}</Link>
          </h2>
          <CommunityBadges kind={c.kind} type={c.type} archived={c.archived} membersOnly={c.visibility === "members"} />
          {c.parent && <p className="text-sm text-slate-700">{t("inside", { name: c.parent.name })}</p>}
          <p className="line-clamp-3 text-sm text-slate-800">{c.goal}</p>
          <p className="mt-auto text-sm text-slate-600">
            {c.municipality} · {tj(c.joinPolicy)}
            <br />
            {t("members", { count: c.memberCount })}
            {c.activityCount !== null && <> · {t("activity", { count: c.activityCount })}</>}
          </p>
        </li>
      ))}
    </ul>
  );
}
