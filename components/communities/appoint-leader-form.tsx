"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRouter } from "@/i18n/navigation";
import { appointLeaderAction } from "@/lib/communities/actions";
import { appointLeaderSchema, type AppointLeaderInput } from "@/lib/communities/schemas";
import { useErrorText } from "@/components/forms/error-text";
import { describedBy, FormField, FormFieldError } from "./form-field";
import { LeaderPicker } from "./leader-picker";

/** The administrator appoints the leader by order: a person, the order's number and date. */
export function AppointLeaderForm({ communityId }: { communityId: string }) {
  const t = useTranslations("communities.admin.leader");
  const errorText = useErrorText("communities.errors");
  const router = useRouter();
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  // A new key after an appointment clears the picker's search for the next one.
  const [round, setRound] = useState(0);
  const { form, onSubmit, formError, succeeded, errorOf, pending } = useActionForm(
    appointLeaderSchema,
    (input: AppointLeaderInput) => appointLeaderAction(communityId, input),
    { userId: "", orderNumber: "", orderDate: "" },
    () => {
      setChosen(null);
      setRound((n) => n + 1);
      router.refresh();
    },
  );
  // After an appointment the form starts afresh for the next one; the notice stays.
  useEffect(() => {
    if (succeeded) form.reset({ userId: "", orderNumber: "", orderDate: "" });
  }, [succeeded, form]);
  const pickerId = `leader-user-${communityId}`;
  const userError = errorOf("userId");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      {succeeded && <Alert tone="success">{t("done")}</Alert>}
      <LeaderPicker
        key={round}
        id={pickerId}
        value={chosen}
        errorId={userError ? `${pickerId}-error` : undefined}
        onChange={(user) => {
          setChosen(user);
          form.setValue("userId", user?.id ?? "", { shouldValidate: form.formState.isSubmitted });
        }}
      />
      <FormFieldError id={pickerId} error={userError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="leader-orderNumber" label={t("orderNumber")} error={errorOf("orderNumber")} required>
          <Input id="leader-orderNumber" autoComplete="off" {...describedBy("leader-orderNumber", errorOf("orderNumber"))} {...form.register("orderNumber")} />
        </FormField>
        <FormField id="leader-orderDate" label={t("orderDate")} error={errorOf("orderDate")} required>
          <Input id="leader-orderDate" type="date" {...describedBy("leader-orderDate", errorOf("orderDate"))} {...form.register("orderDate")} />
        </FormField>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
