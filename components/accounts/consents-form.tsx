"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, FieldError } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { richLink } from "@/components/ui/rich-link";
import { acceptConsentsAction } from "@/lib/accounts/actions";
import { consentsSchema } from "@/lib/accounts/schemas";

export function ConsentsForm({ profileVisible }: { profileVisible: boolean }) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(consentsSchema, acceptConsentsAction, {
    acceptRules: false as unknown as true,
    acceptPersonalData: false as unknown as true,
    acceptProfileVisibility: profileVisible,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{te.has(formError) ? te(formError) : te("unexpected")}</Alert>}
      {(
        [
          ["acceptRules", t.rich("register.acceptRules", { link: richLink("/rules") })],
          ["acceptPersonalData", t.rich("register.acceptPersonalData", { link: richLink("/privacy") })],
          ["acceptProfileVisibility", t("register.acceptProfileVisibility")],
        ] as const
      ).map(([name, text]) => (
        <div key={name}>
          <label className="flex items-start gap-3 text-sm text-slate-800">
            <input type="checkbox" className="mt-0.5 h-5 w-5 flex-none" {...describedBy(name, errorOf(name))} {...form.register(name)} />
            <span>{text}</span>
          </label>
          <FieldError id={name} error={errorOf(name)} />
        </div>
      ))}
      <Button type="submit" disabled={pending}>
        {t("consents.submit")}
      </Button>
    </form>
  );
}
