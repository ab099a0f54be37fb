import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ChildCard } from "@/lib/communities/queries";
import { Badge } from "./badges";
import { HomeSection } from "./home-section";

/** Sub-communities as cards; liquidated ones last, marked as archive. */
export function HomeChildren({ items }: { items: ChildCard[] }) {
  const t = useTranslations("communities.home");
  const tc = useTranslations("communities.catalogue");
  const tk = useTranslations("reference.communityKinds");
  return (
    <HomeSection id="community-children" title={t("children")}>
      <ul className="grid gap-3 sm:grid-cols-2">
        {items.map((c) => (
          <li key={c.id} className="flex min-w-0 flex-col gap-1 rounded-md border border-slate-200 p-3">
            <Link href={`/communities/${c.slug}`} className="font-medium">
              {c.name}
            </Link>
            <p className="flex flex-wrap gap-1.5">
              <Badge tone="brand">{tk(c.kind)}</Badge>
              {c.archived && <Badge tone="archived">{tc("archivedBadge")}</Badge>}
            </p>
            <p className="line-clamp-2 text-sm text-slate-700">{c.goal}</p>
            <p className="mt-auto text-sm text-slate-600">{t("childMembers", { count: c.memberCount })}</p>
          </li>
        ))}
      </ul>
    </HomeSection>
  );
}
