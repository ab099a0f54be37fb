"use client";

import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/forms/error-text";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useRouter } from "@/i18n/navigation";
import { revokeCertificateAction } from "@/lib/events/certificate-actions";
import { revokeCertificateSchema, revokeReasonMax } from "@/lib/events/schemas";

/** «Отозвать» on a row of the organizers' certificate list: opens a required reason, then revokes. */
export function RevokeCertificateForm({ eventId, certificateId, number }: { eventId: string; certificateId: string; number: string }) {
  const t = useTranslations("events.certificates.revoke");
  const errorText = useErrorText("events.certificates.errors", "unexpected");
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(
    revokeCertificateSchema,
    (values) => revokeCertificateAction(eventId, values),
    { certificateId, reason: "" },
    () => router.refresh(),
  );
  const id = `revoke-reason-${certificateId}`;
  const error = errorOf("reason");
  return (
    <details className="text-sm open:w-full sm:open:w-auto">
      <summary className="cursor-pointer font-medium text-red-800" aria-label={t("openLabel", { number })}>
        {t("open")}
      </summary>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        {formError && <Alert tone="error">{errorText(formError)}</Alert>}
        <Field id={id} label={t("reason")} hint={t("reasonHint", { max: revokeReasonMax })} error={error} required errorsNamespace="events.certificates.errors">
          <Textarea id={id} rows={2} maxLength={revokeReasonMax} {...describedBy(id, error, true)} {...form.register("reason")} />
        </Field>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
    </details>
  );
}
