import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ApproveButton } from "@/components/organizations/approve-button";
import { MergeForm } from "@/components/organizations/merge-form";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { RepresentativesSection } from "@/components/organizations/representatives-section";
import { StatusBadge } from "@/components/organizations/status-badge";
import { Alert } from "@/components/ui/alert";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { orNotFound } from "@/lib/http/or-not-found";
import { getOrganizationForAdmin, listMunicipalities } from "@/lib/organizations/queries";
import { firstValues } from "@/lib/organizations/schemas";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "organizations.admin" });
  return { title: t("title") };
}

export default async function AdminOrganizationPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "organizations.manage");
  const org = await orNotFound(getOrganizationForAdmin({ actor: viewer, id }));
  const raw = firstValues(await searchParams);
  const [t, municipalities, format] = await Promise.all([getTranslations("organizations.admin"), listMunicipalities(), getFormatter()]);
  const path = `/admin/organizations/${org.id}`;
  const moved = raw.done === "merged" ? Number.parseInt(raw.moved ?? "", 10) : Number.NaN;

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/organizations">
          <span aria-hidden="true">←&nbsp;</span>
          {t("edit.back")}
        </Link>
      </p>
      <PageTitle lead={org.shortName ? org.name : undefined}>{org.shortName || org.name}</PageTitle>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700">
        <StatusBadge status={org.status} />
        <span>{t("edit.accounts", { count: org.userCount })}</span>
        <span>{t("edit.updatedAt", { date: format.dateTime(org.updatedAt, { dateStyle: "long", timeStyle: "short" }) })}</span>
        {org.status !== "merged" && <Link href={`/organizations/${org.id}`}>{t("edit.publicPage")}</Link>}
      </div>
      {org.requestedBy && (
        <p className="text-sm text-slate-700">
          {t.rich("edit.requestedBy", {
            name: org.requestedBy.fullName,
            link: (chunks) => <Link href={`/users/${org.requestedBy!.id}`}>{chunks}</Link>,
            date: format.dateTime(org.createdAt, { dateStyle: "long" }),
          })}
        </p>
      )}

      {raw.created === "1" && <Alert tone="success">{t("edit.created")}</Alert>}
      {raw.done === "approved" && <Alert tone="success">{t("requests.approved")}</Alert>}
      {Number.isInteger(moved) && moved >= 0 && <Alert tone="success">{t("merge.done", { count: moved })}</Alert>}

      {org.status === "merged" ? (
        <Alert title={t("edit.mergedNotice")}>
          {org.mergedInto && (
            <p className="mt-2">
              <Link href={`/admin/organizations/${org.mergedInto.id}`}>{t("edit.mergedTarget", { name: org.mergedInto.name })}</Link>
            </p>
          )}
        </Alert>
      ) : (
        <>
          {org.status === "pending" && (
            <Card className="border-amber-300">
              <h2 className="mb-2 text-lg font-semibold text-slate-900">{t("edit.pendingTitle")}</h2>
              <p className="mb-4 text-sm text-slate-700">{t("edit.pendingLead")}</p>
              <ApproveButton id={org.id} doneHref={`${path}?done=approved`} />
            </Card>
          )}
          <Card>
            <h2 className="mb-4 text-lg font-semibold text-slate-900">{t("edit.details")}</h2>
            <OrganizationForm
              mode="edit"
              id={org.id}
              values={{ name: org.name, shortName: org.shortName, kind: org.kind, municipality: org.municipality }}
              municipalities={municipalities}
            />
          </Card>
          <Card>
            <h2 className="mb-4 text-lg font-semibold text-slate-900">{org.status === "pending" ? t("merge.titlePending") : t("merge.title")}</h2>
            <MergeForm sourceId={org.id} userCount={org.userCount} pendingRequest={org.status === "pending"} donePath={path} doneQuery={{ done: "merged" }} />
          </Card>
          {org.status === "approved" && <RepresentativesSection organizationId={org.id} />}
        </>
      )}
    </div>
  );
}
