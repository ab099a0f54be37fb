import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { listMyCommunities } from "@/lib/communities/membership-queries";
import { RoleBadge } from "./role-badge";

/** "Мои сообщества" on the profile: where the viewer is a member, delegate, applicant or invitee. */
export async function MyCommunities() {
  const viewer = await currentUser();
  if (!viewer) return null;
  const [t, communities] = await Promise.all([getTranslations("membership"), listMyCommunities({ viewer })]);
  return (
    <Card>
      <section aria-labelledby="my-communities-title" className="space-y-3">
        <h2 id="my-communities-title" className="text-lg font-semibold text-slate-900">
          {t("mine.title")}
        </h2>
        {communities.length === 0 ? (
          <p className="text-slate-700">
            {t("mine.empty")} <Link href="/communities">{t("mine.catalogue")}</Link>
          </p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {communities.map((c) => (
              <li key={c.slug} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="min-w-0">
                  <Link href={`/communities/${c.slug}`} className="font-medium break-words">
                    {c.name}
                  </Link>
                  {c.archived && <span className="text-sm text-slate-600"> ({t("mine.archived")})</span>}
                  {c.viaOrganization && <p className="text-sm text-slate-700">{t("mine.viaOrganization", { name: c.viaOrganization })}</p>}
                </div>
                {c.status === "active" ? <RoleBadge role={c.role} label={t(`roles.${c.role}`)} /> : <span className="text-sm text-slate-700">{t(`statuses.${c.status}`)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}
