import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { CollectionForm } from "@/components/materials/collection-form";
import { DeleteCollectionButton, RemoveFromCollectionButton } from "@/components/materials/collection-buttons";
import { MaterialTable } from "@/components/materials/material-table";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/http/or-not-found";
import { getCollection } from "@/lib/materials/collections";

type Props = { params: Promise<{ locale: string; id: string }> };

const load = cache(async (id: string) => {
  const viewer = await currentUser();
  return await orNotFound(getCollection({ viewer, id }));
});

export async function generateMetadata({ params }: Props) {
  return { title: (await load((await params).id)).collection.title };
}

export default async function CollectionPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [page, t] = await Promise.all([load(id), getTranslations("materials.collections")]);
  const { collection: c } = page;
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="min-w-0 space-y-4 lg:col-span-2">
        <p className="text-sm">
          <Link href="/materials/collections">← {t("title")}</Link>
        </p>
        <PageTitle lead={c.description || undefined}>{c.title}</PageTitle>
        <p className="text-sm text-slate-600">{[t("by", { name: page.ownerName }), t(c.public ? "isPublic" : "isPrivate"), t("count", { count: page.items.length })].join(" · ")}</p>
        {page.items.length === 0 ? (
          <p className="text-slate-700">{page.isOwner ? t("emptyOwner") : t("empty")}</p>
        ) : (
          <>
            <MaterialTable rows={page.items} showStatus={false} />
            {page.isOwner && (
              <details className="text-sm">
                <summary className="cursor-pointer py-2 text-slate-700">{t("removeItems")}</summary>
                <ul className="mt-2 space-y-2">
                  {page.items.map((m) => (
                    <li key={m.id} className="flex flex-wrap items-center justify-between gap-2">
                      <span className="min-w-0">{m.title}</span>
                      <RemoveFromCollectionButton collectionId={c.id} materialId={m.id} title={m.title} />
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      </div>
      {page.isOwner && (
        <div className="min-w-0 space-y-6">
          <Card>
            <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("edit")}</h2>
            <CollectionForm collectionId={c.id} values={{ title: c.title, description: c.description, public: c.public }} />
          </Card>
          <Card>
            <DeleteCollectionButton collectionId={c.id} />
          </Card>
        </div>
      )}
    </div>
  );
}
