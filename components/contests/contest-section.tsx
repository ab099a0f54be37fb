import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown/markdown";
import { ClientMessages } from "@/components/shell/client-messages";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { getContestSection, type EntryView } from "@/lib/contests/queries";
import { WithdrawEntryButton } from "./contest-buttons";
import { EntryForm } from "./entry-form";

const h2 = "mb-3 text-lg font-semibold text-slate-900";

/** An entry as its author and the jury see it: title, description, the material and the link. */
export async function EntryBody({ entry }: { entry: Pick<EntryView, "title" | "description" | "material" | "url"> }) {
  const t = await getTranslations("contests.section");
  return (
    <div className="space-y-2">
      <h3 className="font-semibold text-slate-900">{entry.title}</h3>
      {entry.description && <Markdown source={entry.description} />}
      {entry.material && (
        <p className="text-sm">
          <span className="font-medium text-slate-800">{t("material")}: </span>
          <Link href={`/materials/${entry.material.id}`}>{entry.material.title}</Link>
        </p>
      )}
      {entry.url && (
        <p className="text-sm">
          <span className="font-medium text-slate-800">{t("link")}: </span>
          <a href={entry.url} rel="noopener noreferrer nofollow" target="_blank" className="break-all">
            {entry.url}
          </a>
        </p>
      )}
    </div>
  );
}

/**
 * The event page's part of a contest: the entries (the viewer's own, the form to send or change
 * it, or why they cannot), links for the jury and the organizers, and the published results.
 */
export async function ContestSection({ eventId, viewerZone }: { eventId: string; viewerZone: string }) {
  const viewer = await currentUser();
  const [view, t, tr, format, locale] = await Promise.all([getContestSection({ viewer, eventId }), getTranslations("contests.section"), getTranslations("contests.results"), getFormatter(), getLocale()]);
  const date = (d: Date) => format.dateTime(d, { timeZone: viewerZone, day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });
  const own = view.ownEntry;
  const published = view.resultsPublishedAt;
  const winners = view.results.filter((r) => r.place !== null);

  return (
    <ClientMessages namespaces={["contests"]}>
      {published && (
        <Card>
          <section aria-labelledby="contest-results-title" data-testid="contest-results">
            <h2 id="contest-results-title" className={h2}>
              {tr("title")}
            </h2>
            <p className="mb-4 text-sm text-slate-600">{tr("published", { date: date(published) })}</p>
            <h3 className="mb-2 font-semibold text-slate-900">{tr("winners")}</h3>
            <ol className="mb-4 space-y-2">
              {winners.map((w, i) => (
                <li key={i} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <span className="rounded-full bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-950">{tr("placeLabel", { place: String(w.place) })}</span>
                  <span className="font-medium text-slate-900">{w.authorName}</span>
                  <span className="text-slate-700">{w.title}</span>
                </li>
              ))}
            </ol>
            <h3 className="mb-2 font-semibold text-slate-900">{tr("all")}</h3>
            <ul className="list-disc space-y-1 pl-5 text-slate-800">
              {view.results.map((r, i) => (
                <li key={i}>{r.title}</li>
              ))}
            </ul>
          </section>
        </Card>
      )}
      <Card>
        <section aria-labelledby="contest-entries-title" data-testid="contest-entries" className="space-y-4">
          <div>
            <h2 id="contest-entries-title" className={h2}>
              {t("title")}
            </h2>
            <p className="text-sm text-slate-700">{published || view.refusal === "entriesClosed" ? t("closed") : t("until", { date: date(view.entriesUntil) })}</p>
            <p className="text-sm text-slate-700">{t("count", { count: view.entryCount })}</p>
          </div>

          {own && (
            <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:p-4" data-testid="own-entry">
              <p className="text-sm font-medium text-slate-600">{t("yours")}</p>
              {published && (
                <p role="status" className={own.place ? "rounded-md border border-green-300 bg-green-50 p-3 font-semibold text-green-900" : "text-sm text-slate-700"}>
                  {own.place ? t("place", { place: own.place }) : t("noPlace")}
                </p>
              )}
              <EntryBody entry={own} />
              {!view.refusal && (
                <div className="space-y-3">
                  <details className="rounded-md border border-slate-200 bg-white p-3">
                    <summary className="cursor-pointer font-medium text-brand-700">{t("edit")}</summary>
                    <div className="mt-3">
                      <EntryForm eventId={eventId} mode="edit" values={{ title: own.title, description: own.description, material: own.materialRef, url: own.url ?? "" }} />
                    </div>
                  </details>
                  <WithdrawEntryButton eventId={eventId} />
                </div>
              )}
            </div>
          )}

          {!own && !view.refusal && (
            <div>
              <h3 className="mb-3 font-semibold text-slate-900">{t("submitTitle")}</h3>
              <EntryForm eventId={eventId} mode="submit" />
            </div>
          )}
          {!own && view.refusal === "signIn" && !published && (
            <Link href={`/sign-in?next=${encodeURIComponent(`/${locale}/events/${eventId}`)}`} className={buttonClass("secondary")}>
              {t("signIn")}
            </Link>
          )}
          {!own && view.refusal && view.refusal !== "signIn" && view.refusal !== "resultsPublished" && !(view.isJuror && view.refusal === "jurorCannotEnter") && (
            <p className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">{t(`refusals.${view.refusal as "registerFirst"}`)}</p>
          )}

          {view.isJuror && (
            <div className="space-y-2 rounded-md border border-brand-100 bg-brand-50 p-3">
              <p className="text-sm text-slate-800">{t("juryNote")}</p>
              <Link href={`/events/${eventId}/jury`} className={buttonClass("primary")}>
                {t("jury")}
              </Link>
            </div>
          )}
          {view.canManage && (
            <Link href={`/events/${eventId}/contest`} className={buttonClass("secondary")}>
              {t("manage")}
            </Link>
          )}
        </section>
      </Card>
    </ClientMessages>
  );
}
