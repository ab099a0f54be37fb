"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { updateSettingsAction } from "@/lib/settings/actions";
import { settingsSchema, type PlatformSettings } from "@/lib/settings/settings";

/** The platform settings; saved together, each change recorded in the audit log. */
export function SettingsForm({ settings }: { settings: PlatformSettings }) {
  const t = useTranslations("adminUsers.settings");
  const te = useTranslations("errors");
  const [saved, setSaved] = useState<boolean | null>(null);
  const { form, onSubmit, formError, succeeded, errorOf, pending } = useActionForm(settingsSchema, updateSettingsAction, settings, (_data, values) =>
    setSaved(values.requireAccountApproval),
  );
  const current = useWatch({ control: form.control, name: "requireAccountApproval" });
  const error = errorOf("requireAccountApproval");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{te.has(formError) ? te(formError) : te("unexpected")}</Alert>}
      {succeeded && saved === current && <Alert tone="success">{t("saved")}</Alert>}
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold text-slate-900">{t("registration")}</legend>
        <label className="flex items-start gap-3 text-slate-900">
          <input
            type="checkbox"
            className="mt-1 h-5 w-5 shrink-0"
            aria-describedby={["requireAccountApproval-hint", error ? "requireAccountApproval-error" : null].filter(Boolean).join(" ")}
            aria-invalid={error ? true : undefined}
            {...form.register("requireAccountApproval")}
          />
          <span>
            <span className="block font-medium">{t("requireAccountApproval")}</span>
            <span id="requireAccountApproval-hint" className="block text-sm text-slate-600">
              {t("requireAccountApprovalHint")}
            </span>
          </span>
        </label>
        {error && (
          <p id="requireAccountApproval-error" role="alert" className="text-sm text-red-700">
            {te.has(error) ? te(error) : te("invalid")}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
