import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { listRepresentatives } from "@/lib/organizations/representatives";
import { RepresentativeForm, RemoveRepresentativeButton } from "./representative-form";

/** Administrators name and remove the staff who act for the organization in communities. */
export async function RepresentativesSection({ organizationId }: { organizationId: string }) {
  const viewer = await currentUser();
  const [t, { representatives, candidates }] = await Promise.all([getTranslations("membership.representatives"), listRepresentatives({ actor: viewer, organizationId })]);
  return (
    <Card>
      <section aria-labelledby="representatives-title" className="space-y-4">
        <div className="space-y-1">
          <h2 id="representatives-title" className="text-lg font-semibold text-slate-900">
            {t("title")}
          </h2>
          <p className="text-sm text-slate-700">{t("lead")}</p>
        </div>
        {representatives.length === 0 ? (
          <p className="text-slate-700">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {representatives.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <div className="min-w-0">
                  <Link href={`/admin/users/${r.id}`} className="font-medium">
                    {r.fullName}
                  </Link>
                  {r.position && <p className="text-sm text-slate-700">{r.position}</p>}
                </div>
                <RemoveRepresentativeButton organizationId={organizationId} userId={r.id} name={r.fullName} />
              </li>
            ))}
          </ul>
        )}
        {candidates.length === 0 ? <p className="text-sm text-slate-700">{t("noStaff")}</p> : <RepresentativeForm key={candidates.map((c) => c.id).join()} organizationId={organizationId} candidates={candidates} />}
      </section>
    </Card>
  );
}
