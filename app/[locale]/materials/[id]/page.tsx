import { getTranslations, setRequestLocale } from "next-intl/server";
import { Markdown } from "@/components/markdown/markdown";
import { FileUpload } from "@/components/materials/file-upload";
import { MaterialFacts } from "@/components/materials/material-facts";
import { ExperienceSection, RatingCard } from "@/components/materials/material-feedback";
import { MaterialFiles } from "@/components/materials/material-files";
import { ReviewResult } from "@/components/materials/review-result";
import { VersionList } from "@/components/materials/version-list";
import { ViewBeacon } from "@/components/materials/view-beacon";
import { AssignForm, ModerateForm, SubmitForm, TakeButton, VideoLinkForm } from "@/components/materials/workflow-controls";
import { Badge } from "@/components/communities/badges";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { getMaterialFeedback } from "@/lib/materials/feedback-queries";
import { loadMaterial } from "./load";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props) {
  const { page } = await loadMaterial((await params).id);
  return { title: page.material.title };
}

export default async function MaterialPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [{ page, viewer }, t, saved] = await Promise.all([loadMaterial(id), getTranslations("materials"), searchParams.then((q) => q.saved === "1")]);
  const { material: m, access } = page;
  const feedback = await getMaterialFeedback({ viewer, page });
  const note = m.status === "draft" ? t("page.draftNote") : m.status === "returned" ? t("page.returnedNote") : m.status === "submitted" || m.status === "under_review" ? t("page.awaitingNote") : null;

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      {m.status === "published" && <ViewBeacon materialId={m.id} />}
      <div className="min-w-0 space-y-6 lg:col-span-2">
        <div>
          <p className="mb-2 flex flex-wrap gap-2">
            <Badge tone={m.status === "published" ? "brand" : "neutral"}>{t(`statuses.${m.status}`)}</Badge>
          </p>
          <PageTitle lead={m.abstract}>{m.title}</PageTitle>
        </div>
        {saved && <Alert tone="success">{t("saved")}</Alert>}
        {note && <Alert>{note}</Alert>}
        {(m.status === "unpublished" || m.status === "removed") && m.moderationReason && <Alert tone="error">{t("page.moderated", { reason: m.moderationReason })}</Alert>}
        {m.body.trim() && (
          <Card>
            <h2 className="sr-only">{t("page.body")}</h2>
            <Markdown source={m.body} />
          </Card>
        )}
        <Card>
          <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("page.files")}</h2>
          <MaterialFiles page={page} editable={access.canEdit} />
          {access.canEdit && (
            <div className="mt-4 space-y-4 border-t border-slate-200 pt-4">
              <FileUpload materialId={m.id} />
              <VideoLinkForm id={m.id} />
            </div>
          )}
        </Card>
        {page.review && (
          <Card>
            <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("page.reviewResult")}</h2>
            <ReviewResult review={page.review} />
          </Card>
        )}
        {feedback && (
          <Card>
            <ExperienceSection materialId={m.id} feedback={feedback} signedIn={Boolean(viewer)} />
          </Card>
        )}
      </div>
      <div className="min-w-0 space-y-6">
        <Card>
          <MaterialFacts page={page} />
        </Card>
        {feedback && (
          <Card>
            <RatingCard materialId={m.id} feedback={feedback} />
          </Card>
        )}
        {access.canEdit && (
          <Card>
            <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("submit.title")}</h2>
            <p className="mb-3">
              <Link href={`/materials/${m.id}/edit`} className={buttonClass("secondary")}>
                {t("edit")}
              </Link>
            </p>
            <SubmitForm id={m.id} resubmit={m.version > 0} />
          </Card>
        )}
        {page.openReviewId && (
          <Card>
            <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("review.title")}</h2>
            <Link href={`/materials/${m.id}/review`} className={buttonClass("primary")}>
              {t("review.open")}
            </Link>
          </Card>
        )}
        {access.canTake && !page.openReviewId && (
          <Card>
            <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("review.title")}</h2>
            <TakeButton id={m.id} />
          </Card>
        )}
        {access.canAssign && (
          <Card>
            <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("assign.title")}</h2>
            <AssignForm id={m.id} experts={page.experts} />
          </Card>
        )}
        {access.canModerate && (
          <Card>
            <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("moderate.title")}</h2>
            <ModerateForm id={m.id} published={m.status === "published"} />
          </Card>
        )}
        {page.versions.length > 0 && (
          <Card>
            <VersionList page={page} />
          </Card>
        )}
      </div>
    </div>
  );
}
