"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { useRouter } from "@/i18n/navigation";
import { rejectRequestAction, removeMemberAction } from "@/lib/communities/membership-actions";
import { decisionSchema, reasonMax } from "@/lib/communities/membership-schemas";
import { useErrorText } from "@/components/forms/error-text";

const kinds = {
  reject: { run: rejectRequestAction, messages: "membership.requests", summary: "reject", title: "rejectTitle", submit: "confirmReject", busy: "rejecting" },
  remove: { run: removeMemberAction, messages: "membership.members", summary: "remove", title: "removeTitle", submit: "confirmRemove", busy: "removing" },
} as const;

/**
 * A rejection or a removal with its required reason, folded in a <details> so the list stays short
 * and it works without a dialog; what was typed stays when the server refuses.
 */
export function DecisionForm({ kind, membershipId, name }: { kind: keyof typeof kinds; membershipId: string; name: string }) {
  const config = kinds[kind];
  const t = useTranslations(config.messages);
  const errorText = useErrorText("membership.errors");
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(decisionSchema, config.run, { membershipId, reason: "" }, () => router.refresh());
  const id = `${kind}-reason-${membershipId}`;
  const error = errorOf("reason");
  return (
    <details className="group rounded-md border border-slate-200 bg-slate-50 open:bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-medium text-red-800">
        {t(config.summary)}
        <span className="sr-only">: {name}</span>
      </summary>
      <form onSubmit={onSubmit} noValidate className="space-y-3 border-t border-slate-200 p-3">
        <p className="text-sm font-medium text-slate-900">
          {t(config.title)}: {name}
        </p>
        {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
        <div className="space-y-1">
          <label htmlFor={id} className="block text-sm font-medium text-slate-800">
            {t("reasonLabel")}
            <span aria-hidden="true" className="text-red-700">
              {" "}
              *
            </span>
          </label>
          <Textarea
            id={id}
            rows={3}
            maxLength={reasonMax}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={[error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(" ")}
            {...form.register("reason")}
          />
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            {t("reasonHint")}
          </p>
          {error && (
            <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
              {errorText(error)}
            </p>
          )}
        </div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t(config.busy) : t(config.submit)}
        </Button>
      </form>
    </details>
  );
}
