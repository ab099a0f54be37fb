"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { messageRegistrantsAction } from "@/lib/events/registration-actions";
import { registrantMessageSchema, type RegistrantMessageInput } from "@/lib/events/registration-schemas";
import { useErrorText } from "@/components/forms/error-text";

const ns = "events.registration.errors";
const empty: RegistrantMessageInput = { subject: "", body: "", includeWaitlisted: false };

/** The organizers' message to everyone registered: a notification and a mail each. */
export function RegistrantMessageForm({ eventId }: { eventId: string }) {
  const t = useTranslations("events.registration.message");
  const errorText = useErrorText("events.registration.errors", "unexpected");
  const [sentTo, setSentTo] = useState<number | null>(null);
  const { form, onSubmit, formError, errorOf, pending, succeeded } = useActionForm(registrantMessageSchema, (values) => messageRegistrantsAction(eventId, values), empty, (data) => setSentTo(data.recipients));
  // A sent message leaves an empty form; a refused one keeps every word typed.
  useEffect(() => {
    if (succeeded) form.reset(empty);
  }, [succeeded, form]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{errorText(formError)}</Alert>}
      {succeeded && sentTo !== null && <Alert tone="success">{t("sent", { count: sentTo })}</Alert>}
      <Field id="message-subject" label={t("subject")} error={errorOf("subject")} required errorsNamespace={ns}>
        <Input id="message-subject" {...describedBy("message-subject", errorOf("subject"))} {...form.register("subject")} />
      </Field>
      <Field id="message-body" label={t("body")} error={errorOf("body")} required errorsNamespace={ns}>
        <Textarea id="message-body" rows={5} {...describedBy("message-body", errorOf("body"))} {...form.register("body")} />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" className="h-5 w-5" {...form.register("includeWaitlisted")} />
        {t("includeWaitlisted")}
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
