"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { updateCommunityAction } from "@/lib/communities/actions";
import { communityFieldsSchema, type CommunityFieldsInput } from "@/lib/communities/schemas";
import { CommunityFields } from "./community-fields";
import { useErrorText } from "@/components/forms/error-text";

/** The leader edits the community's description; the server re-checks with the same schema. */
export function EditCommunityForm({ communityId, values, municipalities }: { communityId: string; values: CommunityFieldsInput; municipalities: string[] }) {
  const tc = useTranslations("common.actions");
  const errorText = useErrorText("communities.errors");
  const [saved, setSaved] = useState<string | null>(null);
  const { form, onSubmit, formError, succeeded, errorOf, pending } = useActionForm(
    communityFieldsSchema,
    (input: CommunityFieldsInput) => updateCommunityAction(communityId, input),
    values,
    (_data, input) => setSaved(JSON.stringify(input)),
  );
  // "Saved" stays until something is changed again.
  const current = useWatch({ control: form.control });
  const unchangedSinceSave = saved !== null && saved === JSON.stringify(current);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      {succeeded && unchangedSinceSave && <Alert tone="success">{tc("saved")}</Alert>}
      <CommunityFields register={form.register} errorOf={errorOf} municipalities={municipalities} />
      <Button type="submit" disabled={pending}>
        {pending ? tc("saving") : tc("save")}
      </Button>
    </form>
  );
}
