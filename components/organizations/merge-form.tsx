"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRouter } from "@/i18n/navigation";
import { mergeOrganizationAction } from "@/lib/organizations/actions";
import { mergeSchema } from "@/lib/organizations/schemas";
import { useErrorText } from "@/components/forms/error-text";
import { FieldError } from "@/components/ui/field";
import { TargetPicker } from "./target-picker";

/**
 * Merges this organization into an existing one (for a pending request: rejects it as a
 * duplicate), then opens `donePath` with `doneQuery` and the number of accounts moved as `moved`.
 */
export function MergeForm({
  sourceId,
  userCount,
  pendingRequest,
  donePath,
  doneQuery,
}: {
  sourceId: string;
  userCount: number;
  pendingRequest: boolean;
  donePath: string;
  doneQuery: Record<string, string>;
}) {
  const t = useTranslations("organizations.admin.merge");
  const errorText = useErrorText("organizations.errors");
  const router = useRouter();
  const [target, setTarget] = useState<{ id: string; name: string } | null>(null);
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(mergeSchema, mergeOrganizationAction, { sourceId, targetId: "" }, (data) =>
    router.replace(`${donePath}?${new URLSearchParams({ ...doneQuery, moved: String(data.movedUsers) })}`, { scroll: false }),
  );
  const pickerId = `merge-target-${sourceId}`;
  const error = errorOf("targetId") ?? errorOf("sourceId");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-sm text-slate-700">{t("lead", { count: userCount })}</p>
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      <TargetPicker
        id={pickerId}
        label={t("target")}
        hint={t("targetHint")}
        value={target}
        excludeId={sourceId}
        errorId={error ? `${pickerId}-error` : undefined}
        onChange={(org) => {
          setTarget(org);
          form.setValue("targetId", org?.id ?? "", { shouldValidate: form.formState.isSubmitted });
        }}
      />
      <FieldError id={pickerId} error={error} errorsNamespace="organizations.errors" />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? t("merging") : pendingRequest ? t("submitPending") : t("submit")}
      </Button>
    </form>
  );
}
