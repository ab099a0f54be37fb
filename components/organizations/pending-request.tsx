import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { AdminOrganization } from "@/lib/organizations/queries";
import { ApproveButton } from "./approve-button";
import { MergeForm } from "./merge-form";

/** One request in the administrator's queue: what was asked, by whom, and the two ways to answer. */
export function PendingRequest({ org, donePath, doneQuery }: { org: AdminOrganization; donePath: string; doneQuery: Record<string, string> }) {
  const t = useTranslations("organizations.admin.requests");
  const tm = useTranslations("organizations.admin.merge");
  const tk = useTranslations("reference.organizationKinds");
  const format = useFormatter();
  const headingId = `request-${org.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-amber-300 bg-white p-4 shadow-sm">
      <h3 id={headingId} className="text-lg font-semibold leading-snug text-slate-900">
        {org.name}
      </h3>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
        {org.shortName && <span>{org.shortName}</span>}
        <span>{tk(org.kind)}</span>
        <span>{org.municipality}</span>
        <span>{t("accounts", { count: org.userCount })}</span>
      </p>
      <p className="text-sm text-slate-700">
        {t("requestedBy")}: {org.requestedBy ? <Link href={`/users/${org.requestedBy.id}`}>{org.requestedBy.fullName}</Link> : t("noRequester")}
        {" · "}
        {t("requestedAt", { date: format.dateTime(org.createdAt, { dateStyle: "long", timeStyle: "short" }) })}
      </p>
      <div className="flex flex-wrap items-start gap-3">
        <ApproveButton id={org.id} doneHref={`${donePath}?${new URLSearchParams({ ...doneQuery, done: "approved", org: org.id })}`} />
        <Link href={`/admin/organizations/${org.id}`} className="inline-flex min-h-11 items-center text-sm font-medium">
          {t("edit")}
        </Link>
      </div>
      <details className="rounded-md border border-slate-200 bg-slate-50 p-3">
        <summary className="min-h-11 cursor-pointer py-2 font-medium text-slate-900">{t("reject")}</summary>
        <div className="mt-2">
          <h4 className="sr-only">{tm("titlePending")}</h4>
          <MergeForm sourceId={org.id} userCount={org.userCount} pendingRequest donePath={donePath} doneQuery={{ ...doneQuery, done: "merged" }} />
        </div>
      </details>
    </article>
  );
}
