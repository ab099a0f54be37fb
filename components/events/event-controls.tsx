"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useRouter } from "@/i18n/navigation";
import { cancelEventAction, saveResultsAction } from "@/lib/events/actions";
import type { Result } from "@/lib/errors";
import { useErrorText } from "@/components/forms/error-text";

// The organizer's small forms on the event page. Each keeps what was typed when the server refuses.

function useSubmit() {
  const router = useRouter();
  const errorText = useErrorText("events.errors");
  const [error, setError] = useState<{ form?: string; fields?: Record<string, string> } | null>(null);
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();
  const submit = (run: () => Promise<Result<unknown>>) =>
    start(async () => {
      setDone(false);
      const result = await run();
      if (!result.ok) return setError({ form: result.fieldErrors ? undefined : result.error, fields: result.fieldErrors });
      setError(null);
      setDone(true);
      router.refresh();
    });
  return { error, done, pending, submit, errorText };
}

export function CancelEventForm({ id }: { id: string }) {
  const t = useTranslations("events.event");
  const { error, pending, submit, errorText } = useSubmit();
  const [reason, setReason] = useState("");
  const fieldId = "event-cancel-reason";
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit(() => cancelEventAction(id, { reason }));
      }}
    >
      {error?.form && <Alert tone="error">{errorText(error.form, "unexpected")}</Alert>}
      <Field id={fieldId} label={t("cancelReason")} error={error?.fields?.reason} required errorsNamespace="events.errors">
        <Textarea id={fieldId} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} {...describedBy(fieldId, error?.fields?.reason)} />
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>
        {t("cancelConfirm")}
      </Button>
    </form>
  );
}

export function ResultsForm({ id, recordingUrl, results }: { id: string; recordingUrl: string; results: string }) {
  const t = useTranslations("events");
  const { error, done, pending, submit, errorText } = useSubmit();
  const [values, setValues] = useState({ recordingUrl, results });
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit(() => saveResultsAction(id, values));
      }}
    >
      {error?.form && <Alert tone="error">{errorText(error.form, "unexpected")}</Alert>}
      {done && <Alert tone="success">{t("event.resultsSaved")}</Alert>}
      <Field id="event-recording" label={t("form.recordingUrl")} error={error?.fields?.recordingUrl} errorsNamespace="events.errors">
        <Input id="event-recording" type="url" inputMode="url" value={values.recordingUrl} onChange={(e) => setValues({ ...values, recordingUrl: e.target.value })} {...describedBy("event-recording", error?.fields?.recordingUrl)} />
      </Field>
      <Field id="event-results" label={t("form.results")} error={error?.fields?.results} errorsNamespace="events.errors">
        <Textarea id="event-results" rows={5} className="font-mono text-sm" value={values.results} onChange={(e) => setValues({ ...values, results: e.target.value })} {...describedBy("event-results", error?.fields?.results)} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("event.saveResults")}
      </Button>
    </form>
  );
}
