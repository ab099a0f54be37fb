"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/forms/use-action-form";
import { forgotPasswordAction } from "@/lib/accounts/actions";
import { forgotPasswordSchema } from "@/lib/accounts/schemas";

export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgot");
  const { form, onSubmit, succeeded, errorOf, pending } = useActionForm(forgotPasswordSchema, forgotPasswordAction, { email: "" });
  if (succeeded) return <Alert tone="success">{t("sent")}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field id="email" label={t("email")} error={errorOf("email")} required>
        <Input id="email" type="email" autoComplete="email" {...describedBy("email", errorOf("email"))} {...form.register("email")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
