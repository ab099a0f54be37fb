"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { useRouter } from "@/i18n/navigation";
import { addRepresentativeAction, removeRepresentativeAction } from "@/lib/organizations/representative-actions";
import { representativeSchema } from "@/lib/organizations/representative-schemas";

type Candidate = { id: string; fullName: string; position: string };

/** Picks one of the organization's active staff and names them its representative. */
export function RepresentativeForm({ organizationId, candidates }: { organizationId: string; candidates: Candidate[] }) {
  const t = useTranslations("membership.representatives");
  const errorText = useErrorText("membership.errors");
  const router = useRouter();
  // The section remounts this form with the new list of candidates after the refresh.
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(representativeSchema, addRepresentativeAction, { organizationId, userId: "" }, () => router.refresh());
  const id = "representative-user";
  const error = errorOf("userId");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {t("userLabel")}
        </label>
        <Select id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...form.register("userId")}>
          <option value="">{t("choose")}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.position ? `${c.fullName} — ${c.position}` : c.fullName}
            </option>
          ))}
        </Select>
        {error && (
          <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
            {errorText(error)}
          </p>
        )}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("adding") : t("add")}
      </Button>
    </form>
  );
}

export function RemoveRepresentativeButton({ organizationId, userId, name }: { organizationId: string; userId: string; name: string }) {
  const t = useTranslations("membership.representatives");
  const errorText = useErrorText("membership.errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        aria-label={`${t("remove")}: ${name}`}
        onClick={() =>
          start(async () => {
            setError(null);
            const result = await removeRepresentativeAction({ organizationId, userId });
            if (result.ok) router.refresh();
            else setError(result.error);
          })
        }
      >
        {pending ? t("removing") : t("remove")}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {errorText(error, "unexpected")}
        </p>
      )}
    </div>
  );
}
