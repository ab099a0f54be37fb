"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { platformRoles } from "@/lib/reference/roles";
import { setUserRolesAction } from "@/lib/users/actions";
import { setRolesSchema } from "@/lib/users/schemas";
import { useErrorText } from "@/components/forms/error-text";

type PlatformRole = (typeof platformRoles)[number];

/** The user's platform roles as checkboxes, saved together. */
export function RolesForm({ userId, roles, isSelf }: { userId: string; roles: PlatformRole[]; isSelf: boolean }) {
  const t = useTranslations("adminUsers.roles");
  const tr = useTranslations("common.roles");
  const errorText = useErrorText("adminUsers.errors");
  const [saved, setSaved] = useState<{ roles: string[]; changed: boolean } | null>(null);
  const { form, onSubmit, formError, succeeded, errorOf, pending } = useActionForm(setRolesSchema, setUserRolesAction, { userId, roles }, (data, values) =>
    setSaved({ roles: values.roles.map(String).sort(), changed: data.changed }),
  );
  const checked = useWatch({ control: form.control, name: "roles" });
  // The notice stays until the administrator ticks something else.
  const showSaved = succeeded && saved !== null && (checked ?? []).map(String).sort().join() === saved.roles.join();
  const error = errorOf("roles");
  const errorId = `roles-${userId}-error`;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      {showSaved && <Alert tone="success">{saved.changed ? t("saved") : t("unchanged")}</Alert>}
      <fieldset className="space-y-2" aria-describedby={error ? errorId : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("legend")}</legend>
        {platformRoles.map((role) => {
          const hintId = `role-${role}-hint`;
          const ownAdmin = isSelf && role === "administrator";
          return (
            <label key={role} className="flex items-start gap-3 rounded-md p-1 text-slate-900">
              <input type="checkbox" value={role} className="mt-1 h-5 w-5 shrink-0" aria-describedby={hintId} {...form.register("roles")} />
              <span>
                <span className="block font-medium">{tr(role)}</span>
                <span id={hintId} className="block text-sm text-slate-600">
                  {t(`descriptions.${role}`)}
                  {ownAdmin && <> {t("selfHint")}</>}
                </span>
              </span>
            </label>
          );
        })}
        {error && (
          <p id={errorId} role="alert" className="text-sm text-red-700">
            {errorText(error)}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
