"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/forms/use-action-form";
import { deleteAccountAction, setProfileVisibilityAction } from "@/lib/accounts/actions";
import { deleteAccountSchema } from "@/lib/accounts/schemas";

export function PrivacySettings({ profileVisible }: { profileVisible: boolean }) {
  const t = useTranslations("profile.privacy");
  const te = useTranslations("errors");
  const [switching, startSwitch] = useTransition();
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(deleteAccountSchema, deleteAccountAction, { password: "" });

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <p className="text-slate-800">{t("documents")}</p>
        <p className="font-medium text-slate-900">{profileVisible ? t("visible") : t("hidden")}</p>
        <Button type="button" variant="secondary" disabled={switching} onClick={() => startSwitch(async () => void (await setProfileVisibilityAction(!profileVisible)))}>
          {profileVisible ? t("hide") : t("show")}
        </Button>
      </div>
      <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4">
        <h3 className="font-semibold text-red-900">{t("withdrawTitle")}</h3>
        <p className="text-sm text-red-900">{t("withdrawText")}</p>
        {formError && <Alert tone="error">{te.has(formError) ? te(formError) : te("unexpected")}</Alert>}
        <Field id="deletePassword" label={t("password")} error={errorOf("password")} required>
          <Input id="deletePassword" type="password" autoComplete="current-password" {...describedBy("deletePassword", errorOf("password"))} {...form.register("password")} />
        </Field>
        <Button type="submit" variant="danger" disabled={pending}>
          {t("delete")}
        </Button>
      </form>
    </div>
  );
}
