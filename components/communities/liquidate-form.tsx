"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRouter } from "@/i18n/navigation";
import { liquidateCommunityAction } from "@/lib/communities/actions";
import { liquidateSchema, type LiquidateInput } from "@/lib/communities/schemas";
import { useErrorText } from "@/components/forms/error-text";
import { describedBy, FormField } from "./form-field";

/** The administrator liquidates a community by order; it stays readable as an archive. */
export function LiquidateForm({ communityId }: { communityId: string }) {
  const t = useTranslations("communities.admin.liquidate");
  const errorText = useErrorText("communities.errors");
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(
    liquidateSchema,
    (input: LiquidateInput) => liquidateCommunityAction(communityId, input),
    { orderNumber: "", orderDate: "" },
    () => router.refresh(),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="liquidation-orderNumber" label={t("orderNumber")} error={errorOf("orderNumber")} required>
          <Input id="liquidation-orderNumber" autoComplete="off" {...describedBy("liquidation-orderNumber", errorOf("orderNumber"))} {...form.register("orderNumber")} />
        </FormField>
        <FormField id="liquidation-orderDate" label={t("orderDate")} error={errorOf("orderDate")} required>
          <Input id="liquidation-orderDate" type="date" {...describedBy("liquidation-orderDate", errorOf("orderDate"))} {...form.register("orderDate")} />
        </FormField>
      </div>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
