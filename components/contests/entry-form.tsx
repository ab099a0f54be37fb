"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useRouter } from "@/i18n/navigation";
import { editEntryAction, submitEntryAction } from "@/lib/contests/actions";
import { entrySchema, type EntryInput } from "@/lib/contests/schemas";

const ns = "contests.errors";

/** A participant's entry: sent once, then changed with the same form; a refusal keeps every word typed. */
export function EntryForm({ eventId, mode, values }: { eventId: string; mode: "submit" | "edit"; values?: EntryInput }) {
  const t = useTranslations("contests.form");
  const errorText = useErrorText(ns);
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, pending, succeeded } = useActionForm(
    entrySchema,
    (input) => (mode === "submit" ? submitEntryAction(eventId, input) : editEntryAction(eventId, input)),
    values ?? { title: "", description: "", material: "", url: "" },
    () => router.refresh(),
  );
  const id = (name: string) => `entry-${mode}-${name}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid={`entry-form-${mode}`}>
      {formError && <Alert tone="error">{errorText(formError)}</Alert>}
      {succeeded && <Alert tone="success">{t(mode === "submit" ? "submitted" : "saved")}</Alert>}
      <Field id={id("title")} label={t("title")} error={errorOf("title")} required errorsNamespace={ns}>
        <Input id={id("title")} maxLength={300} {...describedBy(id("title"), errorOf("title"))} {...form.register("title")} />
      </Field>
      <Field id={id("description")} label={t("description")} hint={t("descriptionHint")} error={errorOf("description")} errorsNamespace={ns}>
        <Textarea id={id("description")} rows={5} {...describedBy(id("description"), errorOf("description"), true)} {...form.register("description")} />
      </Field>
      <Field id={id("material")} label={t("material")} hint={t("materialHint")} error={errorOf("material")} errorsNamespace={ns}>
        <Input id={id("material")} inputMode="url" {...describedBy(id("material"), errorOf("material"), true)} {...form.register("material")} />
      </Field>
      <Field id={id("url")} label={t("url")} hint={t("urlHint")} error={errorOf("url")} errorsNamespace={ns}>
        <Input id={id("url")} type="url" inputMode="url" {...describedBy(id("url"), errorOf("url"), true)} {...form.register("url")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t(mode === "submit" ? "submit" : "save")}
      </Button>
    </form>
  );
}
