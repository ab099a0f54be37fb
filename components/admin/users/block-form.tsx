"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRouter } from "@/i18n/navigation";
import { blockUserAction } from "@/lib/users/actions";
import { blockReasonMax, blockSchema } from "@/lib/users/schemas";
import { useErrorText } from "@/components/forms/error-text";

/** Blocks the account with a required reason, then reopens the page with a notice. */
export function BlockForm({ userId, donePath }: { userId: string; donePath: string }) {
  const t = useTranslations("adminUsers.block");
  const errorText = useErrorText("adminUsers.errors");
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(blockSchema, blockUserAction, { userId, reason: "" }, () =>
    router.replace(`${donePath}?done=blocked`, { scroll: false }),
  );
  const id = `block-reason-${userId}`;
  const error = errorOf("reason");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {t("reason")}
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        </label>
        <Textarea
          id={id}
          rows={3}
          maxLength={blockReasonMax}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(" ")}
          {...form.register("reason")}
        />
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {t("reasonHint", { max: blockReasonMax })}
        </p>
        {error && (
          <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
            {errorText(error)}
          </p>
        )}
      </div>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
