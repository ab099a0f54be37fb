"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ParentOption } from "@/lib/communities/admin-queries";
import { createCommunityAction } from "@/lib/communities/actions";
import { createCommunitySchema, type CommunityFieldsInput, type CreateCommunityInput } from "@/lib/communities/schemas";
import { CommunityFields } from "./community-fields";
import { useErrorText } from "@/components/forms/error-text";
import { describedBy, FormField } from "./form-field";

/** The administrator's creation "by order": the fields, the address, the parent and the order. */
export function CreateCommunityForm({ parents, parentId, municipalities }: { parents: ParentOption[]; parentId: string; municipalities: string[] }) {
  const t = useTranslations("communities.form");
  const errorText = useErrorText("communities.errors");
  const empty: CreateCommunityInput = {
    name: "",
    slug: "",
    description: "",
    goal: "",
    tasks: "",
    type: "",
    kind: "",
    subjects: [],
    themes: [],
    municipality: "",
    visibility: "public",
    joinPolicy: "approval",
    parentId,
    creationOrderNumber: "",
    creationOrderDate: "",
  };
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(createCommunitySchema, createCommunityAction, empty);
  const register = form.register;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      <FormField id="community-parentId" label={t("parent")} hint={t("parentHint")} error={errorOf("parentId")}>
        <Select id="community-parentId" {...describedBy("community-parentId", errorOf("parentId"), true)} {...register("parentId")}>
          <option value="">{t("parentNone")}</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {`${"\u00a0\u00a0".repeat(p.depth)}${p.depth ? "└ " : ""}${p.name}`}
            </option>
          ))}
        </Select>
      </FormField>
      <CommunityFields register={register as unknown as UseFormRegister<CommunityFieldsInput>} errorOf={errorOf} municipalities={municipalities} />
      <FormField id="community-slug" label={t("slug")} hint={t("slugHint")} error={errorOf("slug")} required>
        <Input id="community-slug" autoComplete="off" spellCheck={false} inputMode="url" {...describedBy("community-slug", errorOf("slug"), true)} {...register("slug")} />
      </FormField>
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("order")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="community-creationOrderNumber" label={t("orderNumber")} hint={t("orderNumberHint")} error={errorOf("creationOrderNumber")} required>
            <Input
              id="community-creationOrderNumber"
              autoComplete="off"
              {...describedBy("community-creationOrderNumber", errorOf("creationOrderNumber"), true)}
              {...register("creationOrderNumber")}
            />
          </FormField>
          <FormField id="community-creationOrderDate" label={t("orderDate")} error={errorOf("creationOrderDate")} required>
            <Input id="community-creationOrderDate" type="date" {...describedBy("community-creationOrderDate", errorOf("creationOrderDate"))} {...register("creationOrderDate")} />
          </FormField>
        </div>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
