"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Link } from "@/i18n/navigation";
import { resetPasswordAction } from "@/lib/accounts/actions";
import { resetPasswordSchema } from "@/lib/accounts/schemas";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth.reset");
  const tr = useTranslations("auth.register");
  const te = useTranslations("errors");
  const { form, onSubmit, succeeded, formError, errorOf, pending } = useActionForm(resetPasswordSchema, resetPasswordAction, { token, password: "" });
  if (succeeded) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{t("done")}</Alert>
        <Link href="/sign-in" className={buttonClass("primary")}>
          {t("signIn")}
        </Link>
      </div>
    );
  }
  const tokenError = formError ?? errorOf("token");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {tokenError && (
        <Alert tone="error">
          <p>{te.has(tokenError) ? te(tokenError) : te("unexpected")}</p>
          <Link href="/forgot-password">{t("requestNew")}</Link>
        </Alert>
      )}
      <input type="hidden" {...form.register("token")} />
      <Field id="password" label={t("password")} hint={tr("passwordHint")} error={errorOf("password")} required>
        <Input id="password" type="password" autoComplete="new-password" {...describedBy("password", errorOf("password"), true)} {...form.register("password")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
