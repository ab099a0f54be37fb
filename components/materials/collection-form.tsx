"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useRouter } from "@/i18n/navigation";
import { createCollectionAction, updateCollectionAction } from "@/lib/materials/actions";
import { collectionSchema, type CollectionInput } from "@/lib/materials/schemas";
import { useErrorText } from "@/components/forms/error-text";

const ns = "materials.errors";

/** Creates a collection (then opens it) or edits one in place. */
export function CollectionForm({ collectionId, values }: { collectionId?: string; values?: CollectionInput }) {
  const t = useTranslations("materials.collections");
  const errorText = useErrorText("materials.errors");
  const router = useRouter();
  const action = (input: CollectionInput) => (collectionId ? updateCollectionAction(collectionId, input) : createCollectionAction(input));
  const { form, onSubmit, formError, errorOf, pending, succeeded } = useActionForm(collectionSchema, action, values ?? { title: "", description: "", public: false }, (data) => {
    if (!collectionId) router.push(`/materials/collections/${(data as { id: string }).id}`);
    router.refresh();
  });
  const f = (name: string) => `collection-${collectionId ?? "new"}-${name}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      {succeeded && collectionId && <Alert tone="success">{t("saved")}</Alert>}
      <Field id={f("title")} label={t("titleField")} error={errorOf("title")} required errorsNamespace={ns}>
        <Input id={f("title")} {...describedBy(f("title"), errorOf("title"))} {...form.register("title")} />
      </Field>
      <Field id={f("description")} label={t("description")} error={errorOf("description")} errorsNamespace={ns}>
        <Textarea id={f("description")} rows={2} {...describedBy(f("description"), errorOf("description"))} {...form.register("description")} />
      </Field>
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input type="checkbox" className="size-5" {...form.register("public")} />
        {t("public")}
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : collectionId ? t("save") : t("create")}
      </Button>
    </form>
  );
}
