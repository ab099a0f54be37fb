"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Link } from "@/i18n/navigation";
import { resendVerificationAction, signInAction } from "@/lib/accounts/actions";
import { signInSchema } from "@/lib/accounts/schemas";

export function SignInForm({ callbackPath }: { callbackPath?: string }) {
  const t = useTranslations("auth.signIn");
  const te = useTranslations("errors");
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(signInSchema, (v) => signInAction(v, callbackPath), { email: "", password: "" });
  const [resent, setResent] = useState(false);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && (
        <Alert tone="error">
          <p>{te.has(formError) ? te(formError) : te("unexpected")}</p>
          {formError === "emailNotVerified" &&
            (resent ? (
              <p className="mt-2">{t("resent")}</p>
            ) : (
              <button
                type="button"
                className="mt-2 font-medium underline"
                onClick={async () => {
                  await resendVerificationAction({ email: form.getValues("email") });
                  setResent(true);
                }}
              >
                {t("resend")}
              </button>
            ))}
        </Alert>
      )}
      <Field id="email" label={t("email")} error={errorOf("email")} required>
        <Input id="email" type="email" autoComplete="email" {...describedBy("email", errorOf("email"))} {...form.register("email")} />
      </Field>
      <Field id="password" label={t("password")} error={errorOf("password")} required>
        <Input id="password" type="password" autoComplete="current-password" {...describedBy("password", errorOf("password"))} {...form.register("password")} />
      </Field>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
        <Link href="/forgot-password">{t("forgot")}</Link>
      </div>
    </form>
  );
}
