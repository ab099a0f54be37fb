"use client";

import { useTranslations } from "next-intl";
import type { BaseSyntheticEvent } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { useRouter } from "@/i18n/navigation";
import { requestAsOrganizationAction, requestToJoinAction } from "@/lib/communities/membership-actions";
import { organizationRequestSchema, requestMessageMax, requestSchema } from "@/lib/communities/membership-schemas";
import { useErrorText } from "@/components/forms/error-text";

/** A request to join with a message to the leader, in person or on behalf of an organization. */
export function JoinRequestForm({ communityId, organization }: { communityId: string; organization?: { id: string; name: string } }) {
  return organization ? <OrganizationRequestForm communityId={communityId} organization={organization} /> : <PersonRequestForm communityId={communityId} />;
}

function PersonRequestForm({ communityId }: { communityId: string }) {
  const t = useTranslations("membership.panel");
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(requestSchema, requestToJoinAction, { communityId, message: "" }, () => router.refresh());
  return (
    <RequestFields idPrefix="join-request" submitLabel={t("submitRequest")} field={form.register("message")} onSubmit={onSubmit} formError={formError} error={errorOf("message")} pending={pending} />
  );
}

function OrganizationRequestForm({ communityId, organization }: { communityId: string; organization: { id: string; name: string } }) {
  const t = useTranslations("membership.panel");
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(
    organizationRequestSchema,
    requestAsOrganizationAction,
    { communityId, organizationId: organization.id, message: "" },
    () => router.refresh(),
  );
  return (
    <RequestFields
      idPrefix={`join-request-${organization.id}`}
      submitLabel={t("requestAsOrganization", { name: organization.name })}
      field={form.register("message")}
      onSubmit={onSubmit}
      formError={formError}
      error={errorOf("message")}
      pending={pending}
    />
  );
}

type FieldsProps = {
  idPrefix: string;
  submitLabel: string;
  field: UseFormRegisterReturn;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  formError: string | null;
  error?: string;
  pending: boolean;
};

function RequestFields({ idPrefix, submitLabel, field, onSubmit, formError, error, pending }: FieldsProps) {
  const t = useTranslations("membership.panel");
  const errorText = useErrorText("membership.errors");
  const id = `${idPrefix}-message`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {t("messageLabel")}
        </label>
        <Textarea
          id={id}
          rows={3}
          maxLength={requestMessageMax}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(" ")}
          {...field}
        />
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {t("messageHint", { max: requestMessageMax })}
        </p>
        {error && (
          <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
            {errorText(error)}
          </p>
        )}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : submitLabel}
      </Button>
    </form>
  );
}
