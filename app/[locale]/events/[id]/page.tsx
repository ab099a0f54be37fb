import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/communities/badges";
import { ContestSection } from "@/components/contests/contest-section";
import { YourCertificates } from "@/components/events/event-certificates";
import { CancelEventForm, ResultsForm } from "@/components/events/event-controls";
import { EventTime } from "@/components/events/event-time";
import { IcsLink } from "@/components/events/ics-link";
import { RegistrationPanel } from "@/components/events/registration-panel";
import { Markdown } from "@/components/markdown/markdown";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { isContest } from "@/lib/contests/access";
import { loadEvent } from "./load";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props) {
  const { page } = await loadEvent((await params).id);
  return { title: page.event.title };
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="space-y-0.5">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="break-words text-slate-900">{children}</dd>
    </div>
  );
}

export default async function EventPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [{ page }, format, t, tf, tm, ts, saved] = await Promise.all([
    loadEvent(id),
    getFormatter(),
    getTranslations("events.event"),
    getTranslations("reference.eventForms"),
    getTranslations("reference.eventFormats"),
    getTranslations("reference.subjects"),
    searchParams.then((q) => q.saved === "1"),
  ]);
  const { event: e, access } = page;
  const cancelled = e.status === "cancelled";
  const started = page.started;
  const h2 = "mb-3 text-lg font-semibold text-slate-900";

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="min-w-0 space-y-6 lg:col-span-2">
        <div>
          <p className="mb-2 flex flex-wrap gap-2">
            <Badge tone="brand">{tf(e.form)}</Badge>
            <Badge>{tm(e.format)}</Badge>
            {e.seriesId && <Badge>{t("series")}</Badge>}
            {cancelled && <Badge tone="archived">{t("cancelled")}</Badge>}
          </p>
          <PageTitle>{e.title}</PageTitle>
          <p className="-mt-4 text-sm text-slate-700">
            {page.community ? (
              <Link href={`/communities/${page.community.slug}`}>{page.community.name}</Link>
            ) : (
              t("platformWide")
            )}
          </p>
        </div>
        {saved && <Alert tone="success">{t("saved")}</Alert>}
        {cancelled && (
          <Alert tone="error" title={t("cancelledNote")}>
            {e.cancelReason && t("cancelledBecause", { reason: e.cancelReason })}
          </Alert>
        )}
        {e.description.trim() && (
          <Card>
            <h2 className={h2}>{t("description")}</h2>
            <Markdown source={e.description} />
          </Card>
        )}
        {page.speakers.length > 0 && (
          <Card>
            <h2 className={h2}>{t("speakers")}</h2>
            <ul className="space-y-2">
              {page.speakers.map((s, i) => (
                <li key={i}>
                  {s.userId ? (
                    <Link href={`/users/${s.userId}`} className="font-medium">
                      {s.name}
                    </Link>
                  ) : (
                    <span className="font-medium text-slate-900">{s.name}</span>
                  )}
                  {s.about && <span className="block text-sm text-slate-600">{s.about}</span>}
                </li>
              ))}
            </ul>
          </Card>
        )}
        {page.materials.length > 0 && (
          <Card>
            <h2 className={h2}>{t("materials")}</h2>
            <ul className="list-disc space-y-1 pl-5">
              {page.materials.map((m) => (
                <li key={m.id}>
                  <Link href={`/materials/${m.id}`}>{m.title}</Link>
                </li>
              ))}
            </ul>
          </Card>
        )}
        {isContest(e.form) && <ContestSection eventId={e.id} viewerZone={page.viewerZone} />}
        {started && !cancelled && (e.recordingUrl || e.results.trim()) && (
          <Card>
            <h2 className={h2}>{t("results")}</h2>
            {e.recordingUrl && (
              <p className="mb-3">
                <span className="font-medium text-slate-800">{t("recording")}: </span>
                <a href={e.recordingUrl} rel="noopener noreferrer nofollow" target="_blank" className="break-all">
                  {e.recordingUrl}
                </a>
              </p>
            )}
            {e.results.trim() && <Markdown source={e.results} />}
          </Card>
        )}
        {access.canManage && started && !cancelled && (
          <Card>
            <h2 className={h2}>{t("resultsForm")}</h2>
            <ResultsForm id={e.id} recordingUrl={e.recordingUrl ?? ""} results={e.results} />
          </Card>
        )}
      </div>
      <div className="min-w-0 space-y-6">
        <Card>
          <dl className="space-y-3">
            <Fact label={t("when")}>
              <EventTime startsAt={e.startsAt} endsAt={e.endsAt} allDay={e.allDay} eventZone={e.timeZone} viewerZone={page.viewerZone} />
            </Fact>
            {e.place && <Fact label={t("place")}>{e.place}</Fact>}
            {e.meetingUrl &&
              (page.showMeetingLink ? (
                <Fact label={t("link")}>
                  <a href={e.meetingUrl} rel="noopener noreferrer nofollow" target="_blank" className="break-all" data-testid="event-meeting-link">
                    {e.meetingUrl}
                  </a>
                </Fact>
              ) : (
                <Fact label={t("link")}>
                  <span className="text-sm text-slate-600">{t("linkHidden")}</span>
                </Fact>
              ))}
            <Fact label={t("audience")}>{t(e.audience === "members" ? "audienceMembers" : "audienceOpen")}</Fact>
            {/* The counts are the registration panel's; the facts keep the deadline. */}
            {e.registrationDeadline && (
              <Fact label={t("registration")}>
                {t("deadline", { date: format.dateTime(e.registrationDeadline, { timeZone: page.viewerZone, day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" }) })}
              </Fact>
            )}
            {e.hours !== null && <Fact label={t("hoursLabel")}>{t("hours", { hours: Number(e.hours) })}</Fact>}
            {e.subjects.length > 0 && <Fact label={t("subjects")}>{e.subjects.map((s) => ts(s)).join(", ")}</Fact>}
          </dl>
          <p className="mt-4">
            <IcsLink eventId={e.id} />
          </p>
        </Card>
        {access.canManage && (
          <Card>
            <h2 className={h2}>{t("manage")}</h2>
            {!cancelled && (
              <p className="mb-4">
                <Link href={`/events/${e.id}/edit`} className={buttonClass("secondary")}>
                  {t("edit")}
                </Link>
              </p>
            )}
            {!cancelled && <CancelEventForm id={e.id} />}
            {cancelled && <p className="text-sm text-slate-700">{t("cancelledNote")}</p>}
          </Card>
        )}
        <RegistrationPanel eventId={e.id} />
        <YourCertificates eventId={e.id} />
      </div>
    </div>
  );
}
