"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { useActionForm } from "@/components/forms/use-action-form";
import { Link, useRouter } from "@/i18n/navigation";
import { createPlanItemAction, updatePlanItemAction } from "@/lib/communities/plan-actions";
import { emptyPlanItem, planItemSchema, type PlanItemInput } from "@/lib/communities/plan-schemas";
import type { ResponsibleOption } from "@/lib/communities/plan";
import { planItemStatuses } from "@/lib/reference/communities";
import { useErrorText } from "@/components/forms/error-text";

type Props = {
  slug: string;
  responsibles: ResponsibleOption[];
} & ({ mode: "create" } | { mode: "edit"; id: string; values: PlanItemInput });

const ns = "plan.errors";

/** Adds or edits a plan item; the server checks again with the same schema and the membership of the responsible. */
export function PlanItemForm(props: Props) {
  const t = useTranslations("plan");
  const ts = useTranslations("reference.planItemStatuses");
  const errorText = useErrorText("plan.errors");
  const router = useRouter();
  const planPath = `/communities/${props.slug}/plan`;
  const id = props.mode === "edit" ? props.id : null;
  const action = (values: PlanItemInput) => (id ? updatePlanItemAction(id, values) : createPlanItemAction(props.slug, values));
  const { form, onSubmit, formError, errorOf, pending, succeeded } = useActionForm(planItemSchema, action, props.mode === "edit" ? props.values : emptyPlanItem, () => {
    router.push(`${planPath}?saved=${id ? "updated" : "created"}`);
    router.refresh();
  });
  // A created item leaves an empty form for the next one.
  useEffect(() => {
    if (succeeded && !id) form.reset(emptyPlanItem);
  }, [succeeded, id, form]);
  const f = (name: string) => `plan-${name}`;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      <Field id={f("title")} label={t("fields.title")} error={errorOf("title")} required errorsNamespace={ns}>
        <Input id={f("title")} {...describedBy(f("title"), errorOf("title"))} {...form.register("title")} />
      </Field>
      <Field id={f("description")} label={t("fields.description")} error={errorOf("description")} errorsNamespace={ns}>
        <Textarea id={f("description")} rows={3} {...describedBy(f("description"), errorOf("description"))} {...form.register("description")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={f("startsOn")} label={t("fields.startsOn")} error={errorOf("startsOn")} required errorsNamespace={ns}>
          <Input id={f("startsOn")} type="date" {...describedBy(f("startsOn"), errorOf("startsOn"))} {...form.register("startsOn")} />
        </Field>
        <Field id={f("endsOn")} label={t("fields.endsOn")} error={errorOf("endsOn")} required errorsNamespace={ns}>
          <Input id={f("endsOn")} type="date" {...describedBy(f("endsOn"), errorOf("endsOn"))} {...form.register("endsOn")} />
        </Field>
        <Field id={f("responsibleId")} label={t("fields.responsibleId")} hint={t("fields.responsibleHint")} error={errorOf("responsibleId")} errorsNamespace={ns}>
          <Select id={f("responsibleId")} {...describedBy(f("responsibleId"), errorOf("responsibleId"), true)} {...form.register("responsibleId")}>
            <option value="">{t("nobody")}</option>
            {props.responsibles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.fullName}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={f("status")} label={t("fields.status")} error={errorOf("status")} required errorsNamespace={ns}>
          <Select id={f("status")} {...describedBy(f("status"), errorOf("status"))} {...form.register("status")}>
            {planItemStatuses.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id={f("link")} label={t("fields.link")} hint={t("fields.linkHint")} error={errorOf("link")} errorsNamespace={ns}>
        <Input id={f("link")} type="url" inputMode="url" placeholder="https://" {...describedBy(f("link"), errorOf("link"), true)} {...form.register("link")} />
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : props.mode === "create" ? t("add") : t("save")}
        </Button>
        {props.mode === "edit" && (
          <Link href={planPath} className={buttonClass("secondary")}>
            {t("cancel")}
          </Link>
        )}
      </div>
    </form>
  );
}
