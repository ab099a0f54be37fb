import { getTranslations, setRequestLocale } from "next-intl/server";
import { CollectionForm } from "@/components/materials/collection-form";
import { MaterialTable } from "@/components/materials/material-table";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { listCollections, listFavourites, type CollectionSummary } from "@/lib/materials/collections";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "materials.collections" });
  return { title: t("title") };
}

async function CollectionList({ items, showOwner }: { items: CollectionSummary[]; showOwner: boolean }) {
  const t = await getTranslations("materials.collections");
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {items.map((c) => (
        <li key={c.id} className="p-3">
          <Link href={`/materials/collections/${c.id}`} className="font-medium">
            {c.title}
          </Link>
          <span className="block text-sm text-slate-600">
            {[showOwner ? c.ownerName : t(c.public ? "isPublic" : "isPrivate"), t("count", { count: c.items })].join(" · ")}
          </span>
          {c.description && <span className="mt-1 block text-sm text-slate-800">{c.description}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Favourites, one's own collections with a form for a new one, and colleagues' public collections. */
export default async function CollectionsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await currentUser();
  const [t, lists, favourites] = await Promise.all([getTranslations("materials.collections"), listCollections({ viewer }), viewer ? listFavourites({ viewer }) : Promise.resolve(null)]);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="min-w-0 space-y-6 lg:col-span-2">
        <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
        {favourites && (
          <section className="space-y-3">
            <h2 className="text-lg font-semibold text-slate-900">{t("favourites")}</h2>
            {favourites.length === 0 ? <p className="text-slate-700">{t("favouritesEmpty")}</p> : <MaterialTable rows={favourites} showStatus={false} />}
          </section>
        )}
        {viewer && (
          <section className="space-y-3">
            <h2 className="text-lg font-semibold text-slate-900">{t("mine")}</h2>
            {lists.mine.length === 0 ? <p className="text-slate-700">{t("mineEmpty")}</p> : <CollectionList items={lists.mine} showOwner={false} />}
          </section>
        )}
        <section className="space-y-3">
          <h2 className="text-lg font-semibold text-slate-900">{t("shared")}</h2>
          {lists.shared.length === 0 ? <p className="text-slate-700">{t("sharedEmpty")}</p> : <CollectionList items={lists.shared} showOwner />}
        </section>
      </div>
      <div className="min-w-0 space-y-6 lg:pt-14">
        {viewer ? (
          <Card>
            <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("new")}</h2>
            <CollectionForm />
          </Card>
        ) : (
          <Card>
            <p className="text-sm text-slate-800">
              <Link href={`/sign-in?next=${encodeURIComponent(`/${locale}/materials/collections`)}`}>{t("signIn")}</Link>
            </p>
          </Card>
        )}
      </div>
    </div>
  );
}
