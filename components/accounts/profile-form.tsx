"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FieldError } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { useActionForm } from "@/components/forms/use-action-form";
import { updateProfileAction } from "@/lib/accounts/actions";
import type { OwnProfile } from "@/lib/accounts/queries";
import { profileSchema } from "@/lib/accounts/schemas";
import { russianTimeZones } from "@/lib/reference/time-zones";
import { OrganizationPicker } from "./organization-picker";
import { SubjectsField } from "./subjects-field";

export function ProfileForm({ profile }: { profile: OwnProfile }) {
  const t = useTranslations("profile.edit");
  const tc = useTranslations("common.actions");
  const te = useTranslations("errors");
  const tz = useTranslations("reference.timeZones");
  const tl = useTranslations("reference.locales");
  const [organization, setOrganization] = useState(profile.organizationId ? { id: profile.organizationId, name: profile.organizationName } : null);
  const { form, onSubmit, formError, succeeded, errorOf, pending } = useActionForm(profileSchema, updateProfileAction, {
    fullName: profile.fullName,
    position: profile.position,
    subjects: profile.subjects as never,
    organizationId: profile.organizationId,
    phone: profile.phone,
    about: profile.about,
    timeZone: profile.timeZone,
    locale: profile.locale,
  });
  const zones: string[] = russianTimeZones.includes(profile.timeZone as never) ? [...russianTimeZones] : [...russianTimeZones, profile.timeZone];

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {formError && <Alert tone="error">{te.has(formError) ? te(formError) : te("unexpected")}</Alert>}
      {succeeded && !form.formState.isDirty && <Alert tone="success">{tc("saved")}</Alert>}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">{t("sectionMain")}</legend>
        <Field id="fullName" label={t("fullName")} error={errorOf("fullName")} required>
          <Input id="fullName" autoComplete="name" {...describedBy("fullName", errorOf("fullName"))} {...form.register("fullName")} />
        </Field>
        <Field id="position" label={t("position")} error={errorOf("position")}>
          <Input id="position" {...describedBy("position", errorOf("position"))} {...form.register("position")} />
        </Field>
        <div className="space-y-1">
          <p className="text-sm font-medium text-slate-800">{t("organization")}</p>
          <OrganizationPicker
            value={organization}
            label={t("organization")}
            onChange={(org) => {
              setOrganization(org);
              form.setValue("organizationId", org?.id ?? "", { shouldDirty: true });
            }}
            invalid={!!errorOf("organizationId")}
          />
          <FieldError id="organizationId" error={errorOf("organizationId")} />
        </div>
        <SubjectsField legend={t("subjects")} registration={form.register("subjects")} error={errorOf("subjects")} />
        <Field id="about" label={t("about")} hint={t("aboutHint")} error={errorOf("about")}>
          <Textarea id="about" rows={4} {...describedBy("about", errorOf("about"), true)} {...form.register("about")} />
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">{t("sectionContacts")}</legend>
        <Field id="email" label={t("email")}>
          <Input id="email" type="email" value={profile.email} readOnly disabled />
        </Field>
        <Field id="phone" label={t("phone")} error={errorOf("phone")}>
          <Input id="phone" type="tel" autoComplete="tel" {...describedBy("phone", errorOf("phone"))} {...form.register("phone")} />
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">{t("sectionSettings")}</legend>
        <Field id="timeZone" label={t("timeZone")} hint={t("timeZoneHint")} error={errorOf("timeZone")}>
          <Select id="timeZone" {...describedBy("timeZone", errorOf("timeZone"), true)} {...form.register("timeZone")}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {tz.has(z) ? tz(z) : z}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="locale" label={t("locale")} error={errorOf("locale")}>
          <Select id="locale" {...form.register("locale")}>
            {(["ru", "en"] as const).map((l) => (
              <option key={l} value={l}>
                {tl(l)}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>

      <Button type="submit" disabled={pending}>
        {pending ? tc("saving") : tc("save")}
      </Button>
    </form>
  );
}
