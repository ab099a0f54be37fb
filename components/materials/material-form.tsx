"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CodesField } from "@/components/communities/codes-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { Link, useRouter } from "@/i18n/navigation";
import { createDraftAction, updateDraftAction } from "@/lib/materials/actions";
import { materialSchema, type MaterialInput } from "@/lib/materials/schemas";
import { priorityThemes } from "@/lib/reference/communities";
import { educationLevels, materialKinds, materialLicences } from "@/lib/reference/materials";
import { subjects } from "@/lib/reference/subjects";
import { PeoplePicker, type PickerOption } from "@/components/forms/people-picker";
import { useErrorText } from "@/components/forms/error-text";

export type CommunityOption = { id: string; name: string };

type Props = { communities: CommunityOption[]; /** Registered co-authors already named, in order (their ids are in `values.coAuthorIds`). */ coAuthors?: PickerOption[] } & ({ mode: "create"; values: MaterialInput } | { mode: "edit"; id: string; values: MaterialInput });

const ns = "materials.errors";

/** The material's metadata and text; the server checks again with the same schema. */
export function MaterialForm(props: Props) {
  const t = useTranslations("materials");
  const tr = useTranslations("reference");
  const errorText = useErrorText("materials.errors");
  const router = useRouter();
  const id = props.mode === "edit" ? props.id : null;
  const action = (values: MaterialInput) => (id ? updateDraftAction(id, values) : createDraftAction(values));
  const { form, onSubmit, formError, errorOf, pending } = useActionForm(materialSchema, action, props.values, (data) => {
    const target = id ?? (data as { id: string }).id;
    router.push(`/materials/${target}?saved=1`);
    router.refresh();
  });
  const [coAuthors, setCoAuthors] = useState<PickerOption[]>(props.coAuthors ?? []);
  const chooseCoAuthors = (next: PickerOption[]) => {
    setCoAuthors(next);
    form.setValue("coAuthorIds", next.map((c) => c.id), { shouldDirty: true });
    form.clearErrors("coAuthorIds");
  };
  const f = (name: string) => `material-${name}`;
  const text = (name: "title" | "abstract", required = true, hint?: string) => (
    <Field id={f(name)} label={t(`fields.${name}`)} hint={hint} error={errorOf(name)} required={required} errorsNamespace={ns}>
      {name === "abstract" ? (
        <Textarea id={f(name)} rows={3} {...describedBy(f(name), errorOf(name), Boolean(hint))} {...form.register(name)} />
      ) : (
        <Input id={f(name)} {...describedBy(f(name), errorOf(name))} {...form.register(name)} />
      )}
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      <Field id={f("kind")} label={t("fields.kind")} error={errorOf("kind")} required errorsNamespace={ns}>
        <Select id={f("kind")} {...describedBy(f("kind"), errorOf("kind"))} {...form.register("kind")}>
          <option value="">{t("fields.choose")}</option>
          {materialKinds.map((k) => (
            <option key={k} value={k}>
              {tr(`materialKinds.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      {text("title")}
      {text("abstract", true, t("fields.abstractHint"))}
      <Field id={f("body")} label={t("fields.body")} hint={t("fields.bodyHint")} error={errorOf("body")} errorsNamespace={ns}>
        <Textarea id={f("body")} rows={10} className="font-mono text-sm" {...describedBy(f("body"), errorOf("body"), true)} {...form.register("body")} />
      </Field>
      <CodesField id={f("subjects")} legend={`${t("fields.subjects")} *`} codes={subjects} namespace="reference.subjects" registration={form.register("subjects")} error={errorOf("subjects")} scroll />
      <CodesField id={f("levels")} legend={`${t("fields.levels")} *`} codes={educationLevels} namespace="reference.educationLevels" registration={form.register("levels")} error={errorOf("levels")} scroll />
      <CodesField id={f("themes")} legend={t("fields.themes")} codes={priorityThemes} namespace="reference.priorityThemes" registration={form.register("themes")} error={errorOf("themes")} />
      <Field id={f("tags")} label={t("fields.tags")} hint={t("fields.tagsHint")} error={errorOf("tags")} errorsNamespace={ns}>
        <Input id={f("tags")} {...describedBy(f("tags"), errorOf("tags"), true)} {...form.register("tags")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={f("licence")} label={t("fields.licence")} error={errorOf("licence")} required errorsNamespace={ns}>
          <Select id={f("licence")} {...describedBy(f("licence"), errorOf("licence"))} {...form.register("licence")}>
            <option value="">{t("fields.choose")}</option>
            {materialLicences.map((l) => (
              <option key={l} value={l}>
                {tr(`materialLicences.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={f("communityId")} label={t("fields.communityId")} error={errorOf("communityId")} errorsNamespace={ns}>
          <Select id={f("communityId")} {...describedBy(f("communityId"), errorOf("communityId"))} {...form.register("communityId")}>
            <option value="">{t("fields.noCommunity")}</option>
            {props.communities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <PeoplePicker
        source="/api/materials/co-authors"
        messages="materials.coAuthorPicker"
        id={f("coAuthorIds")}
        label={t("fields.coAuthorIds")}
        hint={t("fields.coAuthorIdsHint")}
        value={coAuthors}
        onChange={chooseCoAuthors}
        error={errorOf("coAuthorIds")}
        errorsNamespace={ns}
      />
      <Field id={f("coAuthors")} label={t("fields.coAuthors")} hint={t("fields.coAuthorsHint")} error={errorOf("coAuthors")} errorsNamespace={ns}>
        <Input id={f("coAuthors")} {...describedBy(f("coAuthors"), errorOf("coAuthors"), true)} {...form.register("coAuthors")} />
      </Field>
      <label className="flex min-h-9 items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" className="h-4 w-4" {...form.register("blindReview")} />
        {t("fields.blindReview")}
      </label>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("saveDraft")}
        </Button>
        <Link href={id ? `/materials/${id}` : "/materials/mine"} className={buttonClass("secondary")}>
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
