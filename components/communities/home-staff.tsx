import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { PublicPerson } from "@/lib/communities/people";
import { HomeSection } from "./home-section";

function Person({ person }: { person: PublicPerson }) {
  return (
    <>
      {person.profileVisible ? (
        <Link href={`/users/${person.id}`} className="font-medium">
          {person.fullName}
        </Link>
      ) : (
        <span className="font-medium text-slate-900">{person.fullName}</span>
      )}
      {(person.position || person.organization) && <span className="block text-sm text-slate-700">{[person.position, person.organization].filter(Boolean).join(", ")}</span>}
    </>
  );
}

/** The leader and the moderators: name, position and organization, never contacts. */
export function HomeStaff({ leader, moderators }: { leader: PublicPerson | null; moderators: PublicPerson[] }) {
  const t = useTranslations("communities.home");
  return (
    <HomeSection id="community-staff" title={t("staff")}>
      <div className="space-y-1">
        <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("leader")}</h3>
        {leader ? (
          <p>
            <Person person={leader} />
          </p>
        ) : (
          <p className="text-sm text-slate-700">{t("noLeader")}</p>
        )}
      </div>
      <div className="space-y-1">
        <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("moderators")}</h3>
        {moderators.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noModerators")}</p>
        ) : (
          <ul className="space-y-2">
            {moderators.map((m) => (
              <li key={m.id}>
                <Person person={m} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </HomeSection>
  );
}
