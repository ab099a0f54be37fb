"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { addCriterionAction } from "@/lib/materials/rubric-actions";
import { criterionSchema } from "@/lib/materials/rubric-schemas";
import { CriterionFields } from "./criterion-fields";
import { useErrorText } from "@/components/forms/error-text";

/** A new criterion at the end of the rubric; a refusal keeps both names as typed. */
export function AddCriterionForm() {
  const t = useTranslations("admin.rubric");
  const errorText = useErrorText("admin.rubric.errors");
  const router = useRouter();
  const { form, onSubmit, formError, succeeded, errorOf, pending } = useActionForm(criterionSchema, addCriterionAction, { nameRu: "", nameEn: "" }, () => router.refresh());
  // Added: the fields empty for the next one (a refusal keeps what was typed).
  useEffect(() => {
    if (succeeded) form.reset({ nameRu: "", nameEn: "" });
  }, [succeeded, form]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      {succeeded && <Alert tone="success">{t("added")}</Alert>}
      <CriterionFields form={form} idPrefix="new-criterion" errorOf={errorOf} />
      <Button type="submit" disabled={pending}>
        {pending ? t("adding") : t("add")}
      </Button>
    </form>
  );
}
