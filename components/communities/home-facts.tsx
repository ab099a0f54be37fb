import { useFormatter, useTranslations } from "next-intl";
import type { CommunityView } from "@/lib/communities/queries";
import { HomeSection } from "./home-section";
import { formatDay } from "./order-date";

/** Type, kind, subjects, themes, municipality, access and joining, and the orders behind it all. */
export function HomeFacts({ community: c }: { community: CommunityView }) {
  const t = useTranslations("communities.home");
  const tt = useTranslations("reference.communityTypes");
  const tk = useTranslations("reference.communityKinds");
  const ts = useTranslations("reference.subjects");
  const th = useTranslations("reference.priorityThemes");
  const tv = useTranslations("reference.visibilities");
  const tj = useTranslations("reference.joinPolicies");
  const format = useFormatter();
  const rows: [string, string][] = [
    [t("type"), tt(c.type)],
    [t("kind"), tk(c.kind)],
    ...(c.subjects.length ? [[t("subjects"), c.subjects.map((s) => (ts.has(s) ? ts(s) : s)).join(", ")] as [string, string]] : []),
    ...(c.themes.length ? [[t("themes"), c.themes.map((s) => (th.has(s) ? th(s) : s)).join(", ")] as [string, string]] : []),
    [t("municipality"), c.municipality],
    [t("visibility"), tv(c.visibility)],
    [t("joinPolicy"), tj(c.joinPolicy)],
  ];
  return (
    <HomeSection id="community-details" title={t("details")}>
      <dl className="space-y-2 text-sm">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt className="font-medium text-slate-700">{term}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-600">{t("creationOrder", { number: c.creationOrder.number, date: formatDay(format, c.creationOrder.date) })}</p>
      {c.leaderOrder && <p className="text-sm text-slate-600">{t("leaderOrder", { number: c.leaderOrder.number, date: formatDay(format, c.leaderOrder.date) })}</p>}
    </HomeSection>
  );
}

// Services whose pages exist in this release; the others are listed until their releases come.
const builtServices: readonly string[] = ["announcements"];

/** Services switched on, as a compact list: their own sections come with the releases that build them. */
export function HomeServices({ services }: { services: string[] }) {
  const t = useTranslations("communities.home");
  const tsv = useTranslations("reference.communityServices");
  const upcoming = services.filter((s) => !builtServices.includes(s));
  return (
    <HomeSection id="community-services" title={t("services")}>
      {services.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noServices")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("servicesLead")}</p>
          <ul aria-labelledby="community-services" className="flex flex-wrap gap-1.5">
            {services.map((s) => (
              <li key={s} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-sm text-slate-800">
                {tsv(s)}
              </li>
            ))}
          </ul>
          {upcoming.length > 0 && <p className="text-sm text-slate-600">{t("servicesSoon", { names: upcoming.map((s) => tsv(s)).join(", ") })}</p>}
        </>
      )}
    </HomeSection>
  );
}
