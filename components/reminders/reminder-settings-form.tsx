"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveReminderSettingsAction } from "@/lib/reminders/actions";
import { reminderSettingsSchema, type ReminderSettingsInput } from "@/lib/reminders/schemas";

const groups = [
  { legend: "channels", fields: ["email", "inApp"] },
  { legend: "moments", fields: ["dayBefore", "hourBefore"] },
] as const;

/** The profile's «Напоминания о событиях»: how (e-mail, the bell) and when (a day, an hour before). */
export function ReminderSettingsForm({ settings }: { settings: ReminderSettingsInput }) {
  const t = useTranslations("profile.reminders");
  const te = useTranslations("errors");
  const { form, onSubmit, formError, succeeded, pending } = useActionForm(reminderSettingsSchema, saveReminderSettingsAction, settings);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-700">{t("lead")}</p>
      {formError && <Alert tone="error">{te.has(formError) ? te(formError) : te("unexpected")}</Alert>}
      {succeeded && <Alert tone="success">{t("saved")}</Alert>}
      {groups.map((group) => (
        <fieldset key={group.legend} className="space-y-1">
          <legend className="font-medium text-slate-900">{t(group.legend)}</legend>
          {group.fields.map((field) => (
            <label key={field} className="flex min-h-11 items-center gap-3 text-slate-900">
              <input type="checkbox" className="size-5 shrink-0" {...form.register(field)} />
              {t(field)}
            </label>
          ))}
        </fieldset>
      ))}
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
