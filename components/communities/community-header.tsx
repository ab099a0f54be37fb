import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import type { CommunityHeader as Header } from "@/lib/communities/queries";
import { CommunityBadges } from "./badges";
import { CommunityTabs, type Tab } from "./community-tabs";
import { formatDay } from "./order-date";

/**
 * Breadcrumbs, the name with its badges, the archive banner, the viewer's actions (join, follow)
 * and the tabs. A tab that would show hidden content is not offered to those who cannot see it.
 */
export async function CommunityHeader({ header, actions }: { header: Header; actions: ReactNode }) {
  const [t, format] = await Promise.all([getTranslations("communities.header"), getFormatter()]);
  const { community: c, viewer } = header;
  const base = `/communities/${c.slug}`;
  const tabs: Tab[] = [
    { href: base, label: t("tabs.home") },
    ...(viewer.canSeeContent ? [{ href: `${base}/members`, label: t("tabs.members") }] : []),
    ...(viewer.canSeeContent ? [{ href: `${base}/plan`, label: t("tabs.plan") }] : []),
    ...(viewer.canSeeContent && c.services.includes("announcements") ? [{ href: `${base}/announcements`, label: t("tabs.announcements") }] : []),
    ...(viewer.canRun ? [{ href: `${base}/settings`, label: t("tabs.settings") }] : []),
  ];

  return (
    <header className="mb-6 space-y-4">
      <nav aria-label={t("breadcrumbsLabel")}>
        <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-slate-700">
          <li>
            <Link href="/communities">{t("catalogue")}</Link>
          </li>
          {header.breadcrumbs.map((b) => (
            <li key={b.slug} className="flex items-center gap-1.5">
              <span aria-hidden="true">/</span>
              <Link href={`/communities/${b.slug}`}>{b.name}</Link>
            </li>
          ))}
        </ol>
      </nav>
      <div className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
        <div className="min-w-0 space-y-2">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{c.name}</h1>
          <CommunityBadges kind={c.kind} type={c.type} archived={viewer.archived} membersOnly={c.visibility === "members"} />
        </div>
        <div className="flex flex-wrap items-start gap-3 lg:max-w-sm lg:justify-end">{actions}</div>
      </div>
      {c.liquidation && (
        <Alert title={t("archivedTitle")}>
          <p>{t("archivedText", { number: c.liquidation.number, date: formatDay(format, c.liquidation.date) })}</p>
        </Alert>
      )}
      <CommunityTabs label={t("tabsLabel")} tabs={tabs} />
    </header>
  );
}
