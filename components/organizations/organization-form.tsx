"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { useActionForm } from "@/components/forms/use-action-form";
import { createOrganizationAction, updateOrganizationAction } from "@/lib/organizations/actions";
import { organizationSchema, type OrganizationInput } from "@/lib/organizations/schemas";
import { organizationKinds } from "@/lib/reference/organization-kinds";
import { useErrorText } from "@/components/forms/error-text";
import { describedBy, Field } from "@/components/ui/field";

type Props = {
  /** Known municipalities, offered as suggestions so that one town is not spelled three ways. */
  municipalities: string[];
} & ({ mode: "create" } | { mode: "edit"; id: string; values: OrganizationInput });

const empty: OrganizationInput = { name: "", shortName: "", kind: "", municipality: "" };
const fieldNames = ["name", "shortName", "kind", "municipality"] as const;

/** Adds an organization to the directory or edits one; the server re-checks with the same schema. */
export function OrganizationForm(props: Props) {
  const t = useTranslations("organizations.admin.form");
  const tc = useTranslations("common.actions");
  const tk = useTranslations("reference.organizationKinds");
  const errorText = useErrorText("organizations.errors");
  const listId = useId();
  const [saved, setSaved] = useState<OrganizationInput | null>(null);
  const id = props.mode === "edit" ? props.id : null;
  const action = (values: OrganizationInput) => (id ? updateOrganizationAction(id, values) : createOrganizationAction(values));
  const { form, onSubmit, formError, succeeded, errorOf, pending } = useActionForm(
    organizationSchema,
    action,
    props.mode === "edit" ? props.values : empty,
    (_data, values) => setSaved(values),
  );
  // "Saved" stays until the administrator changes something again.
  const current = useWatch({ control: form.control });
  const unchangedSinceSave = saved !== null && fieldNames.every((k) => saved[k] === current[k]);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      {succeeded && unchangedSinceSave && <Alert tone="success">{tc("saved")}</Alert>}
      <Field id="org-name" label={t("name")} hint={t("nameHint")} error={errorOf("name")} required errorsNamespace="organizations.errors">
        <Input id="org-name" {...describedBy("org-name", errorOf("name"), true)} {...form.register("name")} />
      </Field>
      <Field id="org-shortName" label={t("shortName")} hint={t("shortNameHint")} error={errorOf("shortName")} errorsNamespace="organizations.errors">
        <Input id="org-shortName" {...describedBy("org-shortName", errorOf("shortName"), true)} {...form.register("shortName")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="org-kind" label={t("kind")} error={errorOf("kind")} required errorsNamespace="organizations.errors">
          <Select id="org-kind" {...describedBy("org-kind", errorOf("kind"))} {...form.register("kind")}>
            <option value="">{t("kindPlaceholder")}</option>
            {organizationKinds.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="org-municipality" label={t("municipality")} hint={t("municipalityHint")} error={errorOf("municipality")} required errorsNamespace="organizations.errors">
          <Input id="org-municipality" list={listId} autoComplete="off" {...describedBy("org-municipality", errorOf("municipality"), true)} {...form.register("municipality")} />
          <datalist id={listId}>
            {props.municipalities.map((m) => (
              <option key={m} value={m} />
            ))}
          </datalist>
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {props.mode === "create" ? (pending ? t("creating") : t("create")) : pending ? tc("saving") : tc("save")}
      </Button>
    </form>
  );
}
