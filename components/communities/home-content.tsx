import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import type { AnnouncementPreview, MemberPreview, PlanPreview } from "@/lib/communities/queries";
import { Badge } from "./badges";
import { HomeSection } from "./home-section";
import { formatDay } from "./order-date";

export function HomeAnnouncements({ base, items }: { base: string; items: AnnouncementPreview[] }) {
  const t = useTranslations("communities.home");
  const format = useFormatter();
  return (
    <HomeSection id="community-announcements" title={t("announcements")} more={items.length ? { href: `${base}/announcements`, label: t("allAnnouncements") } : undefined}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noAnnouncements")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {items.map((a) => (
            <li key={a.id} className="space-y-1 py-3 first:pt-0 last:pb-0">
              <h3 className="font-semibold text-slate-900">{a.title}</h3>
              <p className="text-sm text-slate-600">
                <time dateTime={a.publishedAt.toISOString()}>{format.dateTime(a.publishedAt, { dateStyle: "long" })}</time>
                {a.author && <> · {a.author}</>}
              </p>
              <p className="line-clamp-3 whitespace-pre-line text-sm text-slate-800">{a.body}</p>
            </li>
          ))}
        </ul>
      )}
    </HomeSection>
  );
}

export function HomePlan({ base, items }: { base: string; items: PlanPreview[] }) {
  const t = useTranslations("communities.home");
  const ts = useTranslations("reference.planItemStatuses");
  const format = useFormatter();
  return (
    <HomeSection id="community-plan" title={t("plan")} more={{ href: `${base}/plan`, label: t("fullPlan") }}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noPlan")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {items.map((p) => (
            <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2 first:pt-0 last:pb-0">
              <span className="min-w-0 font-medium text-slate-900">{p.title}</span>
              <span className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                {p.startsOn === p.endsOn ? formatDay(format, p.startsOn) : t("planDates", { start: formatDay(format, p.startsOn), end: formatDay(format, p.endsOn) })}
                <Badge tone={p.status === "in_progress" ? "brand" : "neutral"}>{ts(p.status)}</Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
    </HomeSection>
  );
}

export function HomeMembers({ base, items, counts }: { base: string; items: MemberPreview[]; counts: { people: number; organizations: number } }) {
  const t = useTranslations("communities.home");
  return (
    <HomeSection id="community-members" title={t("members")} more={{ href: `${base}/members`, label: t("allMembers") }}>
      <p className="text-sm text-slate-700">{t("membersCount", counts)}</p>
      {items.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noMembers")}</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2">
          {items.map((m) => (
            <li key={`${m.kind}-${m.id}`} className="min-w-0 rounded-md border border-slate-200 p-2">
              <Link href={m.kind === "person" ? `/users/${m.id}` : `/organizations/${m.id}`} className="block break-words font-medium">
                {m.name}
              </Link>
              <span className="block break-words text-sm text-slate-600">{m.kind === "organization" ? t("organizationMember") : m.detail}</span>
              {m.role !== "member" && <Badge tone="brand">{t(`roles.${m.role}`)}</Badge>}
            </li>
          ))}
        </ul>
      )}
    </HomeSection>
  );
}

/** What a guest or non-member sees of a members-only community instead of its content. */
export function HomeHidden({ counts }: { counts: { people: number; organizations: number } }) {
  const t = useTranslations("communities.home");
  return (
    <Alert title={t("hiddenTitle")}>
      <p className="mt-1">{t("hiddenText")}</p>
      <p className="mt-1">{t("membersCount", counts)}</p>
    </Alert>
  );
}
