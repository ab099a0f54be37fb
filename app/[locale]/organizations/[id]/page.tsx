import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { cache } from "react";
import { OrganizationChannel } from "@/components/communities/announcements/organization-channel";
import { OrganizationFollowButton } from "@/components/communities/follows/follow-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/http/or-not-found";
import { getOrganization } from "@/lib/organizations/queries";

type Props = { params: Promise<{ locale: string; id: string }> };

// One lookup per request for the metadata and the page; a refusal looks like a missing page.
const load = cache(async (id: string) => {
  const viewer = await currentUser();
  return orNotFound(getOrganization({ viewer, id }));
});

export async function generateMetadata({ params }: Props) {
  const result = await load((await params).id);
  return result.kind === "found" ? { title: result.organization.shortName || result.organization.name } : {};
}

export default async function OrganizationPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const result = await load(id);
  if (result.kind === "merged") redirect(`/${locale}/organizations/${result.mergedIntoId}`);
  const org = result.organization;
  const [t, tk, ts, format] = await Promise.all([
    getTranslations("organizations.page"),
    getTranslations("reference.organizationKinds"),
    getTranslations("reference.subjects"),
    getFormatter(),
  ]);

  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href="/organizations">
          <span aria-hidden="true">←&nbsp;</span>
          {t("back")}
        </Link>
      </p>
      <PageTitle lead={org.shortName ? org.name : undefined}>{org.shortName || org.name}</PageTitle>
      {org.status === "approved" && <OrganizationFollowButton organizationId={org.id} />}
      {org.status === "pending" && <Alert>{org.requestedByViewer ? t("pendingForRequester") : t("pendingForAdmin")}</Alert>}

      <Card>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]">
          <dt className="font-medium text-slate-700">{t("fullName")}</dt>
          <dd>{org.name}</dd>
          {org.shortName && (
            <>
              <dt className="font-medium text-slate-700">{t("shortName")}</dt>
              <dd>{org.shortName}</dd>
            </>
          )}
          <dt className="font-medium text-slate-700">{t("kind")}</dt>
          <dd>{tk(org.kind)}</dd>
          <dt className="font-medium text-slate-700">{t("municipality")}</dt>
          <dd>{org.municipality}</dd>
        </dl>
        <p className="mt-4 text-sm text-slate-600">{t("inDirectorySince", { date: format.dateTime(org.createdAt, { dateStyle: "long" }) })}</p>
        {org.canManage && (
          <p className="mt-4">
            <Link href={`/admin/organizations/${org.id}`} className={buttonClass("secondary")}>
              {t("manage")}
            </Link>
          </p>
        )}
      </Card>

      {org.status === "approved" && <OrganizationChannel organizationId={org.id} />}

      <section aria-labelledby="members-title" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="members-title" className="text-xl font-semibold text-slate-900">
            {t("members")}
          </h2>
          {org.members.length > 0 && <p className="text-sm text-slate-600">{t("membersCount", { count: org.members.length })}</p>}
        </div>
        <p className="text-sm text-slate-600">{t("membersNote")}</p>
        {org.members.length === 0 ? (
          <p className="text-slate-700">{t("membersEmpty")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {org.members.map((m) => (
              <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <Link href={`/users/${m.id}`} className="font-medium">
                  {m.fullName}
                </Link>
                {m.position && <p className="text-sm text-slate-700">{m.position}</p>}
                {m.subjects.length > 0 && <p className="mt-1 text-sm text-slate-600">{m.subjects.map((s) => (ts.has(s) ? ts(s) : s)).join(", ")}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
