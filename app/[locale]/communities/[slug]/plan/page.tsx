import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PlanItemForm } from "@/components/communities/plan/plan-item-form";
import { PlanList } from "@/components/communities/plan/plan-list";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { SectionTitle } from "@/components/communities/announcements/section-title";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/current-user";
import { listPlan, listResponsibleOptions } from "@/lib/communities/plan";
import { DomainError } from "@/lib/errors";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ edit?: string | string[]; saved?: string | string[] }>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

// A missing community is a 404; a members-only one shows outsiders only that the plan is hidden.
const load = cache(async (slug: string) => {
  const viewer = await currentUser();
  try {
    return { viewer, view: await listPlan({ viewer, slug }) };
  } catch (error) {
    if (error instanceof DomainError && error.code === "forbidden") return { viewer, view: null };
    if (error instanceof DomainError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: "plan" });
  const { view } = await load(slug);
  return { title: view ? `${t("title")} — ${view.access.community.name}` : t("title") };
}

export default async function PlanPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const [t, { viewer, view }] = await Promise.all([getTranslations("plan"), load(slug)]);
  if (!view) {
    return (
      <div className="max-w-4xl space-y-4">
        <SectionTitle>{t("title")}</SectionTitle>
        <Alert>{t("hidden")}</Alert>
      </div>
    );
  }
  const { access, items, canEdit } = view;
  const community = access.community;
  const responsibles = canEdit ? await listResponsibleOptions({ viewer, slug }) : [];
  const editing = canEdit ? items.find((i) => i.id === first(query.edit)) : undefined;
  const saved = first(query.saved);

  return (
    <div className="max-w-5xl space-y-6">
      <SectionTitle lead={t("lead")}>{t("title")}</SectionTitle>
      {access.archived && <Alert>{t("archived")}</Alert>}
      {["created", "updated", "deleted"].includes(saved) && <Alert tone="success">{t(saved as "created" | "updated" | "deleted")}</Alert>}

      <div className="flex flex-wrap gap-3">
        <a href={`/api/communities/${encodeURIComponent(community.slug)}/plan.xlsx?locale=${locale}`} download className={buttonClass("secondary")}>
          {t("download")}
        </a>
      </div>

      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700">{t("empty")}</p>
      ) : (
        <PlanList items={items} slug={community.slug} canEdit={canEdit} />
      )}

      {canEdit && (
        <Card>
          <h2 id="plan-form" className="mb-4 scroll-mt-4 text-xl font-semibold text-slate-900">
            {editing ? t("editTitle") : t("addTitle")}
          </h2>
          {editing ? (
            <PlanItemForm
              key={editing.id}
              mode="edit"
              id={editing.id}
              slug={community.slug}
              responsibles={withCurrent(responsibles, editing)}
              values={{
                title: editing.title,
                description: editing.description,
                startsOn: editing.startsOn,
                endsOn: editing.endsOn,
                responsibleId: editing.responsibleId ?? "",
                status: editing.status,
                link: editing.link ?? "",
              }}
            />
          ) : (
            <PlanItemForm key="create" mode="create" slug={community.slug} responsibles={responsibles} />
          )}
        </Card>
      )}
    </div>
  );
}

/** Someone responsible who has since left stays selectable on their own item. */
function withCurrent(options: { id: string; fullName: string }[], item: { responsibleId: string | null; responsibleName: string | null }) {
  if (!item.responsibleId || options.some((o) => o.id === item.responsibleId)) return options;
  return [...options, { id: item.responsibleId, fullName: item.responsibleName ?? item.responsibleId }];
}
