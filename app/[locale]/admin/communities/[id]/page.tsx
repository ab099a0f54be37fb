import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AppointLeaderForm } from "@/components/communities/appoint-leader-form";
import { LiquidateForm } from "@/components/communities/liquidate-form";
import { formatDay } from "@/components/communities/order-date";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { getCommunityForAdmin } from "@/lib/communities/admin-queries";
import { maxDepth } from "@/lib/communities/schemas";
import { orNotFound } from "@/lib/http/or-not-found";
import { firstValues } from "@/lib/organizations/schemas";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "communities.admin" });
  return { title: t("title") };
}

export default async function AdminCommunityPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "communities.manage");
  const c = await orNotFound(getCommunityForAdmin({ actor: viewer, id }));
  const raw = firstValues(await searchParams);
  const [t, format] = await Promise.all([getTranslations("communities.admin"), getFormatter()]);
  const day = (d: string) => formatDay(format, d);

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/communities">
          <span aria-hidden="true">←&nbsp;</span>
          {t("page.back")}
        </Link>
      </p>
      <PageTitle>{c.name}</PageTitle>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700">
        <Link href={`/communities/${c.slug}`}>{t("page.publicPage")}</Link>
        {!c.liquidation && <Link href={`/communities/${c.slug}/settings`}>{t("page.settings")}</Link>}
        <span>{t("page.members", { count: c.memberCount })}</span>
        <span>{t("page.liveChildren", { count: c.liveChildren })}</span>
      </div>
      <p className="text-sm text-slate-700">
        {t("page.creationOrder", { number: c.creationOrder.number, date: day(c.creationOrder.date) })}
        {c.parent && (
          <>
            {" · "}
            <Link href={`/admin/communities/${c.parent.id}`}>{t("page.parent", { name: c.parent.name })}</Link>
          </>
        )}
      </p>
      {raw.created === "1" && <Alert tone="success">{t("page.created")}</Alert>}
      {c.liquidation && <Alert>{t("archived", { number: c.liquidation.number, date: day(c.liquidation.date) })}</Alert>}

      <Card>
        <h2 className="mb-2 text-lg font-semibold text-slate-900">{t("leader.title")}</h2>
        {c.leader ? (
          <p className="text-slate-900">
            {t("leader.current", { name: c.leader.fullName })}
            {c.leaderOrder && <span className="block text-sm text-slate-600">{t("leader.order", { number: c.leaderOrder.number, date: day(c.leaderOrder.date) })}</span>}
          </p>
        ) : (
          <p className="text-slate-700">{t("leader.none")}</p>
        )}
        {!c.liquidation && (
          <div className="mt-4 space-y-4 border-t border-slate-200 pt-4">
            <p className="text-sm text-slate-700">{t("leader.lead")}</p>
            <AppointLeaderForm communityId={c.id} />
          </div>
        )}
      </Card>

      {!c.liquidation && (
        <>
          {c.depth < maxDepth - 1 && (
            <p>
              <Link href={`/admin/communities/new?parent=${c.id}`} className={buttonClass("secondary")}>
                {t("page.addChild")}
              </Link>
            </p>
          )}
          <Card className="border-red-200">
            <h2 className="mb-2 text-lg font-semibold text-slate-900">{t("liquidate.title")}</h2>
            <p className="mb-4 text-sm text-slate-700">{t("liquidate.lead")}</p>
            {c.liveChildren > 0 ? <Alert>{t("liquidate.hasChildren")}</Alert> : <LiquidateForm communityId={c.id} />}
          </Card>
        </>
      )}
    </div>
  );
}
