"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useRouter } from "@/i18n/navigation";
import { deleteExperienceAction, recordExperienceAction } from "@/lib/materials/actions";
import { experienceSchema, type ExperienceInput } from "@/lib/materials/schemas";
import { ActionButton } from "./action-button";
import { useErrorText } from "@/components/forms/error-text";

const ns = "materials.errors";
const empty: ExperienceInput = { grade: "", context: "", result: "" };

/** "I used it": class, setting and result; cleared only once the server has saved it. */
export function ExperienceForm({ materialId }: { materialId: string }) {
  const t = useTranslations("materials.feedback");
  const errorText = useErrorText("materials.errors");
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, pending, succeeded } = useActionForm(experienceSchema, (values) => recordExperienceAction(materialId, values), empty, () => router.refresh());
  // A saved experience leaves an empty form.
  useEffect(() => {
    if (succeeded) form.reset(empty);
  }, [succeeded, form]);
  const f = (name: string) => `experience-${name}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      {succeeded && <Alert tone="success">{t("experienceSaved")}</Alert>}
      <Field id={f("grade")} label={t("grade")} hint={t("gradeHint")} error={errorOf("grade")} required errorsNamespace={ns}>
        <Input id={f("grade")} {...describedBy(f("grade"), errorOf("grade"), true)} {...form.register("grade")} />
      </Field>
      <Field id={f("context")} label={t("context")} hint={t("contextHint")} error={errorOf("context")} required errorsNamespace={ns}>
        <Textarea id={f("context")} rows={3} {...describedBy(f("context"), errorOf("context"), true)} {...form.register("context")} />
      </Field>
      <Field id={f("result")} label={t("result")} hint={t("resultHint")} error={errorOf("result")} required errorsNamespace={ns}>
        <Textarea id={f("result")} rows={3} {...describedBy(f("result"), errorOf("result"), true)} {...form.register("result")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("shareExperience")}
      </Button>
    </form>
  );
}

export function DeleteExperienceButton({ experienceId }: { experienceId: string }) {
  const t = useTranslations("materials.feedback");
  return <ActionButton run={() => deleteExperienceAction(experienceId)} label={t("delete")} busyLabel={t("deleting")} variant="ghost" />;
}
