"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FieldError } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useActionForm } from "@/components/forms/use-action-form";
import { richLink } from "@/components/ui/rich-link";
import { registerAction } from "@/lib/accounts/actions";
import { registerSchema } from "@/lib/accounts/schemas";
import { organizationKinds } from "@/lib/reference/organization-kinds";
import { OrganizationPicker } from "./organization-picker";
import { SubjectsField } from "./subjects-field";

export function RegisterForm({ mailIsLocal }: { mailIsLocal: boolean }) {
  const t = useTranslations("auth.register");
  const te = useTranslations("errors");
  const tk = useTranslations("reference.organizationKinds");
  const [done, setDone] = useState<{ email: string; needsApproval: boolean } | null>(null);
  const [organization, setOrganization] = useState<{ id: string; name: string } | null>(null);
  const [requestNew, setRequestNew] = useState(false);
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(
    registerSchema,
    registerAction,
    {
      fullName: "",
      email: "",
      password: "",
      position: "",
      subjects: [],
      organizationId: "",
      newOrganizationName: "",
      newOrganizationKind: "",
      newOrganizationMunicipality: "",
      acceptRules: false as unknown as true,
      acceptPersonalData: false as unknown as true,
      acceptProfileVisibility: true,
      timeZone: typeof Intl === "undefined" ? undefined : Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
    (data, values) => setDone({ email: String(values.email), needsApproval: data.needsApproval }),
  );

  if (done) {
    return (
      <Alert tone="success" title={t("doneTitle")}>
        <p className="mt-2">{t("doneText", { email: done.email })}</p>
        {done.needsApproval && <p className="mt-2">{t("doneApproval")}</p>}
        {mailIsLocal && <p className="mt-2 text-slate-700">{t("devOutbox")}</p>}
      </Alert>
    );
  }

  const chooseOrganization = (org: { id: string; name: string } | null) => {
    setOrganization(org);
    form.setValue("organizationId", org?.id ?? "", { shouldValidate: form.formState.isSubmitted });
  };
  const orgError = errorOf("organizationId") ?? (requestNew ? undefined : errorOf("newOrganizationName"));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError && <Alert tone="error">{te.has(formError) ? te(formError) : te("unexpected")}</Alert>}
      <Field id="fullName" label={t("fullName")} error={errorOf("fullName")} required>
        <Input id="fullName" autoComplete="name" {...describedBy("fullName", errorOf("fullName"))} {...form.register("fullName")} />
      </Field>
      <Field id="email" label={t("email")} error={errorOf("email")} required>
        <Input id="email" type="email" autoComplete="email" {...describedBy("email", errorOf("email"))} {...form.register("email")} />
      </Field>
      <Field id="password" label={t("password")} hint={t("passwordHint")} error={errorOf("password")} required>
        <Input id="password" type="password" autoComplete="new-password" {...describedBy("password", errorOf("password"), true)} {...form.register("password")} />
      </Field>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">
          {t("organization")} <span aria-hidden="true" className="text-red-700">*</span>
        </legend>
        {requestNew ? (
          <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
            <p className="text-sm text-slate-700">{t("requestNewHint")}</p>
            <Field id="newOrganizationName" label={t("newOrganizationName")} error={errorOf("newOrganizationName")} required>
              <Input id="newOrganizationName" {...describedBy("newOrganizationName", errorOf("newOrganizationName"))} {...form.register("newOrganizationName")} />
            </Field>
            <Field id="newOrganizationKind" label={t("newOrganizationKind")} error={errorOf("newOrganizationKind")} required>
              <Select id="newOrganizationKind" {...describedBy("newOrganizationKind", errorOf("newOrganizationKind"))} {...form.register("newOrganizationKind")}>
                <option value="">{t("chooseKind")}</option>
                {organizationKinds.map((k) => (
                  <option key={k} value={k}>
                    {tk(k)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="newOrganizationMunicipality" label={t("newOrganizationMunicipality")} error={errorOf("newOrganizationMunicipality")} required>
              <Input id="newOrganizationMunicipality" {...describedBy("newOrganizationMunicipality", errorOf("newOrganizationMunicipality"))} {...form.register("newOrganizationMunicipality")} />
            </Field>
            <button type="button" className="text-sm font-medium text-brand-700 underline" onClick={() => setRequestNew(false)}>
              {t("useDirectory")}
            </button>
          </div>
        ) : (
          <div className="space-y-2">
            <p className="text-sm text-slate-600" id="organizationSearch-hint">
              {t("organizationSearchHint")}
            </p>
            <OrganizationPicker value={organization} label={t("organizationSearch")} onChange={chooseOrganization} invalid={!!orgError} describedById={orgError ? "organizationId-error" : "organizationSearch-hint"} />
            <FieldError id="organizationId" error={orgError} />
            <button
              type="button"
              className="text-sm font-medium text-brand-700 underline"
              onClick={() => {
                chooseOrganization(null);
                setRequestNew(true);
              }}
            >
              {t("requestNew")}
            </button>
          </div>
        )}
      </fieldset>

      <Field id="position" label={t("position")} hint={t("positionHint")} error={errorOf("position")} required>
        <Input id="position" autoComplete="organization-title" {...describedBy("position", errorOf("position"), true)} {...form.register("position")} />
      </Field>
      <SubjectsField legend={t("subjects")} hint={t("subjectsHint")} registration={form.register("subjects")} error={errorOf("subjects")} />

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("consentsTitle")}</legend>
        {(
          [
            ["acceptRules", t.rich("acceptRules", { link: richLink("/rules") }), true],
            ["acceptPersonalData", t.rich("acceptPersonalData", { link: richLink("/privacy") }), true],
            ["acceptProfileVisibility", t("acceptProfileVisibility"), false],
          ] as const
        ).map(([name, text, required]) => (
          <div key={name}>
            <label className="flex items-start gap-3 text-sm text-slate-800">
              <input type="checkbox" className="mt-0.5 h-5 w-5 flex-none" aria-required={required} {...describedBy(name, errorOf(name))} {...form.register(name)} />
              <span>{text}</span>
            </label>
            <FieldError id={name} error={errorOf(name)} />
          </div>
        ))}
      </fieldset>

      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
