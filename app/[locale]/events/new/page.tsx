import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventForm, type EventFormValues } from "@/components/events/event-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { otherTimeZones } from "@/lib/events/time";
import { schedulingChoices } from "@/lib/events/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ community?: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "events.event" });
  return { title: t("newTitle") };
}

export default async function NewEventPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireUser(locale);
  const [t, choices, query] = await Promise.all([getTranslations("events.event"), schedulingChoices(viewer), searchParams]);
  const preselected = choices.communities.find((c) => c.slug === query.community) ?? choices.communities[0];
  const values: EventFormValues = {
    title: "",
    form: "",
    format: "online",
    communityId: preselected?.id ?? "",
    description: "",
    allDay: false,
    startDate: "",
    startTime: "",
    endDate: "",
    endTime: "",
    timeZone: viewer.timeZone,
    place: "",
    meetingUrl: "",
    linkForRegistered: true,
    capacity: "",
    deadlineDate: "",
    deadlineTime: "",
    audience: "open",
    subjects: [],
    hours: "",
    speakers: [],
    materialIds: "",
    recurrence: { frequency: "none", interval: 1, count: 1 },
  } as unknown as EventFormValues;
  return (
    <div className="max-w-3xl">
      <PageTitle lead={t("newLead")}>{t("newTitle")}</PageTitle>
      {choices.communities.length === 0 && !choices.platform ? (
        <Alert>{t("noCommunities")}</Alert>
      ) : (
        <Card>
          <EventForm mode="create" communities={choices.communities} platform={choices.platform} values={values} otherZones={otherTimeZones()} />
        </Card>
      )}
    </div>
  );
}
