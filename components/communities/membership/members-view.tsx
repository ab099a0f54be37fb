import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/organizations/pagination";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { listMembers } from "@/lib/communities/membership-queries";
import { memberRoleFilters, membersQuerySchema } from "@/lib/communities/membership-schemas";
import { DomainError } from "@/lib/errors";
import { MemberCard } from "./member-card";

/** The member list with role filters and pages; a members-only community shows outsiders a notice. */
export async function MembersView({ communityId, slug, params }: { communityId: string; slug: string; params: Record<string, string | undefined> }) {
  const viewer = await currentUser();
  const query = membersQuerySchema.parse(params);
  const t = await getTranslations("membership.members");
  const list = await listMembers({ viewer, communityId, query }).catch((error) => {
    if (error instanceof DomainError && error.code === "forbidden") return null;
    throw error;
  });
  const path = `/communities/${slug}/members`;
  if (!list) {
    return (
      <section aria-labelledby="members-title" className="space-y-4">
        <h2 id="members-title" className="text-xl font-semibold text-slate-900">
          {t("title")}
        </h2>
        <Alert>{t("hiddenContent")}</Alert>
      </section>
    );
  }
  return (
    <section aria-labelledby="members-title" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="members-title" className="text-xl font-semibold text-slate-900">
          {t("title")} <span className="text-base font-normal text-slate-600">({t("count", { count: list.total })})</span>
        </h2>
        {list.canManage && <Link href={`/communities/${slug}/requests`}>{t("requestsLink")}</Link>}
      </div>
      <nav aria-label={t("filterLabel")}>
        <ul className="flex flex-wrap gap-2">
          {memberRoleFilters.map((role) => {
            const current = role === query.role;
            return (
              <li key={role}>
                <Link
                  href={role === "all" ? path : `${path}?role=${role}`}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium no-underline hover:no-underline ${current ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`}
                >
                  {t(`filters.${role}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {list.items.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {list.items.map((entry) => (
            <MemberCard key={entry.membershipId} entry={entry} list={list} />
          ))}
        </ul>
      )}
      <Pagination path={path} params={{ role: query.role === "all" ? "" : query.role }} page={list.page} pageCount={list.pageCount} />
    </section>
  );
}
