import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { EventForm, type EventFormValues } from "@/components/events/event-form";
import { Card, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { followingInSeries, formValues } from "@/lib/events/queries";
import { otherTimeZones } from "@/lib/events/time";
import { loadEvent } from "../load";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "events.event" });
  return { title: t("editTitle") };
}

export default async function EditEventPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireUser(locale);
  const { page } = await loadEvent(id);
  if (!page.access.canManage || page.event.status === "cancelled") notFound();
  const [t, following] = await Promise.all([getTranslations("events.event"), followingInSeries(page.event)]);
  return (
    <div className="max-w-3xl">
      <PageTitle>{t("editTitle")}</PageTitle>
      <Card>
        <EventForm
          mode="edit"
          id={id}
          communityName={page.community?.name ?? null}
          following={following}
          values={formValues(page) as unknown as EventFormValues}
          materials={page.materials.map((m) => ({ id: m.id, fullName: m.title }))}
          otherZones={otherTimeZones()}
        />
      </Card>
    </div>
  );
}
