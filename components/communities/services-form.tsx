"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRouter } from "@/i18n/navigation";
import { setServicesAction } from "@/lib/communities/actions";
import { servicesSchema, type ServicesInput } from "@/lib/communities/schemas";
import { communityServices, type CommunityService } from "@/lib/reference/communities";
import { CodesField } from "./codes-field";
import { useErrorText } from "@/components/forms/error-text";

/** The leader switches each service on or off; the tabs and sections follow at once. */
export function ServicesForm({ communityId, services }: { communityId: string; services: CommunityService[] }) {
  const t = useTranslations("communities.settings.services");
  const tc = useTranslations("common.actions");
  const errorText = useErrorText("communities.errors");
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const { form, onSubmit, formError, succeeded, errorOf, pending } = useActionForm(
    servicesSchema,
    (input: ServicesInput) => setServicesAction(communityId, input),
    { services },
    (_data, input) => {
      setSaved(JSON.stringify(input.services));
      // The layout's tabs depend on the services: render them again.
      router.refresh();
    },
  );
  const current = useWatch({ control: form.control, name: "services" });
  const unchangedSinceSave = saved !== null && saved === JSON.stringify(current);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      {succeeded && unchangedSinceSave && <Alert tone="success">{tc("saved")}</Alert>}
      <CodesField
        id="community-services"
        legend={t("legend")}
        hint={t("lead")}
        codes={communityServices}
        namespace="reference.communityServices"
        registration={form.register("services")}
        error={errorOf("services")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? tc("saving") : t("submit")}
      </Button>
    </form>
  );
}
