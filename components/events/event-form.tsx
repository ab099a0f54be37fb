"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { useFieldArray } from "react-hook-form";
import { CodesField } from "@/components/communities/codes-field";
import { PeoplePicker, type PickerOption } from "@/components/forms/people-picker";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { Link, useRouter } from "@/i18n/navigation";
import type { Result } from "@/lib/errors";
import { createEventAction, updateEventAction } from "@/lib/events/actions";
import { eventSchema, type EditScope, type EventInput } from "@/lib/events/schemas";
import { eventAudiences, eventForms, eventFormats } from "@/lib/reference/events";
import { subjects } from "@/lib/reference/subjects";
import { russianTimeZones } from "@/lib/reference/time-zones";
import { useErrorText } from "@/components/forms/error-text";

export type CommunityChoice = { id: string; name: string };

/** A speaker as the form edits it: a registered user keeps their id (name shown read-only), a guest is typed in. */
export type SpeakerValue = { userId?: string; name: string; about: string };
export type EventFormValues = Omit<EventInput, "speakers"> & { speakers: SpeakerValue[]; scope?: EditScope };

type Props = {
  values: EventFormValues;
  /** Every zone the runtime knows, offered after Russia's. */
  otherZones: string[];
  /** The attached materials the organizer may read, with their titles (the picker's chips). */
  materials?: PickerOption[];
} & (
  | { mode: "create"; communities: CommunityChoice[]; platform: boolean }
  /** `following`: later scheduled events of its series, which "this and the following" would change too. */
  | { mode: "edit"; id: string; communityName: string | null; following: number }
);

/** The materials field holds ids, one a line (lib/events/schemas.ts). */
const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : String(value ?? "").split(/\s+/)).filter(Boolean);

const ns = "events.errors";

/** Scheduling and editing an event; the server checks again with the same schema. */
export function EventForm(props: Props) {
  const t = useTranslations("events.form");
  const te = useTranslations("events.event");
  const tf = useTranslations("reference.eventForms");
  const tm = useTranslations("reference.eventFormats");
  const tz = useTranslations("reference.timeZones");
  const errorText = useErrorText("events.errors");
  const router = useRouter();
  const id = props.mode === "edit" ? props.id : null;
  const action = async (values: EventInput): Promise<Result<{ id: string }>> => (id ? updateEventAction(id, values) : createEventAction(values));
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(eventSchema, action, props.values as EventInput, (data) => {
    const target = id ?? (data as { id: string }).id;
    router.push(`/events/${target}?saved=1`);
    router.refresh();
  });
  const speakers = useFieldArray({ control: form.control, name: "speakers" as never });
  const speakerValues = (form.watch("speakers" as never) ?? []) as unknown as SpeakerValue[];
  const registeredSpeakers: PickerOption[] = speakerValues.flatMap((s) => (s.userId ? [{ id: s.userId, fullName: s.name }] : []));
  const chooseSpeakers = (next: PickerOption[]) => {
    const keep = new Set(next.map((o) => o.id));
    const had = new Set(registeredSpeakers.map((o) => o.id));
    const gone = speakerValues.flatMap((s, index) => (s.userId && !keep.has(s.userId) ? [index] : []));
    if (gone.length) speakers.remove(gone);
    for (const o of next) if (!had.has(o.id)) speakers.append({ userId: o.id, name: o.fullName, about: "" } as never);
  };
  // Attached materials the organizer cannot read stay attached, unseen (the server keeps them too).
  const [chosenMaterials, setChosenMaterials] = useState<PickerOption[]>(props.materials ?? []);
  const [hiddenMaterials] = useState(() => idsOf(props.values.materialIds).filter((id) => !(props.materials ?? []).some((m) => m.id === id)));
  const chooseMaterials = (next: PickerOption[]) => {
    setChosenMaterials(next);
    form.setValue("materialIds" as never, [...hiddenMaterials, ...next.map((m) => m.id)].join("\n") as never, { shouldDirty: true });
  };
  const allDay = form.watch("allDay");
  const frequency = form.watch("recurrence.frequency" as never) as unknown as string | undefined;
  const f = (name: string) => `event-${name}`;
  const field = (name: string, label: string, control: (aria: ReturnType<typeof describedBy>) => ReactNode, options: { required?: boolean; hint?: string } = {}) => (
    <Field id={f(name)} label={label} hint={options.hint} error={errorOf(name)} required={options.required} errorsNamespace={ns}>
      {control(describedBy(f(name), errorOf(name), Boolean(options.hint)))}
    </Field>
  );
  const reg = (name: string) => form.register(name as never);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        {field(
          "form",
          t("form"),
          (aria) => (
            <Select id={f("form")} {...aria} {...reg("form")}>
              <option value="">{t("chooseForm")}</option>
              {eventForms.map((code) => (
                <option key={code} value={code}>
                  {tf(code)}
                </option>
              ))}
            </Select>
          ),
          { required: true },
        )}
        {field(
          "format",
          t("format"),
          (aria) => (
            <Select id={f("format")} {...aria} {...reg("format")}>
              {eventFormats.map((code) => (
                <option key={code} value={code}>
                  {tm(code)}
                </option>
              ))}
            </Select>
          ),
          { required: true },
        )}
      </div>
      {field("title", t("title"), (aria) => <Input id={f("title")} {...aria} {...reg("title")} />, { required: true })}
      {props.mode === "create" ? (
        field(
          "communityId",
          t("community"),
          (aria) => (
            <Select id={f("communityId")} {...aria} {...reg("communityId")}>
              {!props.platform && <option value="">{t("chooseCommunity")}</option>}
              {props.communities.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
              {props.platform && <option value="">{t("platform")}</option>}
            </Select>
          ),
          { required: true },
        )
      ) : (
        <p className="text-sm text-slate-700">
          <span className="font-medium text-slate-800">{t("community")}:</span> {props.communityName ?? te("platformWide")}
        </p>
      )}
      {field("description", t("description"), (aria) => <Textarea id={f("description")} rows={8} className="font-mono text-sm" {...aria} {...reg("description")} />, { hint: t("descriptionHint") })}

      <fieldset className="space-y-4 rounded-md border border-slate-200 p-3 sm:p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">{te("when")}</legend>
        <label className="flex min-h-9 items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="h-4 w-4" {...reg("allDay")} />
          {t("allDay")}
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("startDate", t("startDate"), (aria) => <Input id={f("startDate")} type="date" {...aria} {...reg("startDate")} />, { required: true })}
          {!allDay && field("startTime", t("startTime"), (aria) => <Input id={f("startTime")} type="time" {...aria} {...reg("startTime")} />, { required: true })}
          {field("endDate", t("endDate"), (aria) => <Input id={f("endDate")} type="date" {...aria} {...reg("endDate")} />, { required: true })}
          {!allDay && field("endTime", t("endTime"), (aria) => <Input id={f("endTime")} type="time" {...aria} {...reg("endTime")} />, { required: true })}
        </div>
        {field(
          "timeZone",
          t("timeZone"),
          (aria) => (
            <Select id={f("timeZone")} {...aria} {...reg("timeZone")}>
              {russianTimeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {tz(zone)}
                </option>
              ))}
              <optgroup label={tz("other")}>
                {props.otherZones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </optgroup>
            </Select>
          ),
          { required: true },
        )}
        {props.mode === "create" && (
          <div className="grid gap-4 sm:grid-cols-3">
            {field("recurrence.frequency", t("recurrence"), (aria) => (
              <Select id={f("recurrence.frequency")} {...aria} {...reg("recurrence.frequency")}>
                <option value="none">{t("recurrenceNone")}</option>
                <option value="weekly">{t("recurrenceWeekly")}</option>
                <option value="monthly">{t("recurrenceMonthly")}</option>
              </Select>
            ))}
            {frequency !== "none" && field("recurrence.interval", t("interval"), (aria) => <Input id={f("recurrence.interval")} type="number" min={1} max={12} inputMode="numeric" {...aria} {...reg("recurrence.interval")} />)}
            {frequency !== "none" && field("recurrence.count", t("count"), (aria) => <Input id={f("recurrence.count")} type="number" min={1} max={24} inputMode="numeric" {...aria} {...reg("recurrence.count")} />, { hint: t("recurrenceHint") })}
          </div>
        )}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        {field("place", t("place"), (aria) => <Input id={f("place")} {...aria} {...reg("place")} />, { hint: t("placeHint") })}
        {field("meetingUrl", t("meetingUrl"), (aria) => <Input id={f("meetingUrl")} type="url" inputMode="url" {...aria} {...reg("meetingUrl")} />)}
      </div>
      <label className="flex min-h-9 items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" className="h-4 w-4" {...reg("linkForRegistered")} />
        {t("linkForRegistered")}
      </label>

      <div className="grid gap-4 sm:grid-cols-2">
        {field("capacity", t("capacity"), (aria) => <Input id={f("capacity")} type="number" min={1} inputMode="numeric" {...aria} {...reg("capacity")} />, { hint: t("capacityHint") })}
        {field("hours", t("hours"), (aria) => <Input id={f("hours")} type="number" min={0.5} step={0.5} inputMode="decimal" {...aria} {...reg("hours")} />)}
        {field("deadlineDate", t("deadlineDate"), (aria) => <Input id={f("deadlineDate")} type="date" {...aria} {...reg("deadlineDate")} />)}
        {field("deadlineTime", t("deadlineTime"), (aria) => <Input id={f("deadlineTime")} type="time" {...aria} {...reg("deadlineTime")} />)}
      </div>
      {field(
        "audience",
        t("audience"),
        (aria) => (
          <Select id={f("audience")} {...aria} {...reg("audience")}>
            {eventAudiences.map((a) => (
              <option key={a} value={a}>
                {te(a === "members" ? "audienceMembers" : "audienceOpen")}
              </option>
            ))}
          </Select>
        ),
        { required: true },
      )}
      <CodesField id={f("subjects")} legend={t("subjects")} codes={subjects} namespace="reference.subjects" registration={form.register("subjects")} error={errorOf("subjects")} scroll />

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("speakers")}</legend>
        {errorOf("speakers") && (
          <p role="alert" className="text-sm text-red-700">
            {errorText(errorOf("speakers")!)}
          </p>
        )}
        <PeoplePicker
          id={f("speakerIds")}
          label={t("registeredSpeakers")}
          hint={t("registeredSpeakersHint")}
          value={registeredSpeakers}
          onChange={chooseSpeakers}
          max={30}
          source="/api/events/speakers"
          messages="events.speakerPicker"
        />
        {speakers.fields.map((item, index) => {
          const registered = Boolean((item as unknown as SpeakerValue).userId);
          return (
            <div key={item.id} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
              {field(`speakers.${index}.name`, t("speakerName"), (aria) => <Input id={f(`speakers.${index}.name`)} readOnly={registered} {...aria} {...reg(`speakers.${index}.name`)} />)}
              {field(`speakers.${index}.about`, t("speakerAbout"), (aria) => <Input id={f(`speakers.${index}.about`)} {...aria} {...reg(`speakers.${index}.about`)} />)}
              <Button type="button" variant="secondary" onClick={() => speakers.remove(index)}>
                {t("removeSpeaker")}
              </Button>
            </div>
          );
        })}
        <Button type="button" variant="secondary" onClick={() => speakers.append({ name: "", about: "" } as never)}>
          {t("addSpeaker")}
        </Button>
      </fieldset>

      <PeoplePicker
        id={f("materialIds")}
        label={t("materialIds")}
        hint={t("materialIdsHint")}
        value={chosenMaterials}
        onChange={chooseMaterials}
        error={errorOf("materialIds")}
        errorsNamespace={ns}
        max={30}
        source="/api/events/materials"
        messages="events.materialPicker"
      />

      {props.mode === "edit" && props.following > 0 && (
        <fieldset className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 sm:p-4" aria-describedby={f("scope-hint")}>
          <legend className="px-1 text-sm font-semibold text-slate-900">{t("scope")}</legend>
          <label className="flex min-h-9 items-center gap-2 text-sm text-slate-800">
            <input type="radio" value="this" className="h-4 w-4" {...reg("scope")} />
            {t("scopeThis")}
          </label>
          <label className="flex min-h-9 items-center gap-2 text-sm text-slate-800">
            <input type="radio" value="following" className="h-4 w-4" {...reg("scope")} />
            {t("scopeFollowing", { count: props.following })}
          </label>
          <p id={f("scope-hint")} className="text-sm text-slate-700">
            {t("scopeHint")}
          </p>
          {errorOf("scope") && (
            <p role="alert" className="text-sm text-red-700">
              {errorText(errorOf("scope")!)}
            </p>
          )}
        </fieldset>
      )}

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : id ? t("save") : t("create")}
        </Button>
        <Link href={id ? `/events/${id}` : "/"} className={buttonClass("secondary")}>
          {te("cancelEdit")}
        </Link>
      </div>
    </form>
  );
}
