"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useRouter } from "@/i18n/navigation";
import { setEntriesDeadlineAction } from "@/lib/contests/actions";
import { deadlineSchema, type DeadlineInput } from "@/lib/contests/schemas";

const ns = "contests.errors";

/** The organizers' entries deadline, as the contest's own wall time. */
export function DeadlineForm({ eventId, values, zone }: { eventId: string; values: DeadlineInput; zone: string }) {
  const t = useTranslations("contests.manage");
  const errorText = useErrorText(ns);
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, pending, succeeded } = useActionForm(deadlineSchema, (input) => setEntriesDeadlineAction(eventId, input), values, () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {formError && <Alert tone="error">{errorText(formError)}</Alert>}
      {succeeded && <Alert tone="success">{t("deadlineSaved")}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="contest-deadline-date" label={t("deadlineDate")} error={errorOf("date")} errorsNamespace={ns}>
          <Input id="contest-deadline-date" type="date" {...describedBy("contest-deadline-date", errorOf("date"), true)} {...form.register("date")} />
        </Field>
        <Field id="contest-deadline-time" label={t("deadlineTime")} error={errorOf("time")} errorsNamespace={ns}>
          <Input id="contest-deadline-time" type="time" {...describedBy("contest-deadline-time", errorOf("time"), true)} {...form.register("time")} />
        </Field>
      </div>
      <p id="contest-deadline-date-hint" className="text-sm text-slate-600">
        {t("deadlineHint", { zone })}
      </p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("saveDeadline")}
      </Button>
    </form>
  );
}
