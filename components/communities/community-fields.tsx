"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { UseFormRegister } from "react-hook-form";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { CommunityFieldsInput } from "@/lib/communities/schemas";
import { communityKinds, communityTypes, communityVisibilities, joinPolicies, priorityThemes } from "@/lib/reference/communities";
import { subjects } from "@/lib/reference/subjects";
import { CodesField } from "./codes-field";
import { describedBy, FormField } from "./form-field";

/** The fields a leader edits and an administrator fills in at creation; shared by both forms. */
export function CommunityFields({
  register,
  errorOf,
  municipalities,
}: {
  register: UseFormRegister<CommunityFieldsInput>;
  errorOf: (name: string) => string | undefined;
  /** Known municipalities, offered as suggestions so that one town is not spelled three ways. */
  municipalities: string[];
}) {
  const t = useTranslations("communities.form");
  const tt = useTranslations("reference.communityTypes");
  const tk = useTranslations("reference.communityKinds");
  const tv = useTranslations("reference.visibilities");
  const tj = useTranslations("reference.joinPolicies");
  const listId = useId();
  const field = (name: keyof CommunityFieldsInput, hint = false) => ({ id: `community-${name}`, ...describedBy(`community-${name}`, errorOf(name), hint) });

  return (
    <>
      <FormField id="community-name" label={t("name")} hint={t("nameHint")} error={errorOf("name")} required>
        <Input {...field("name", true)} {...register("name")} />
      </FormField>
      <FormField id="community-goal" label={t("goal")} hint={t("goalHint")} error={errorOf("goal")} required>
        <Textarea rows={3} {...field("goal", true)} {...register("goal")} />
      </FormField>
      <FormField id="community-tasks" label={t("tasks")} hint={t("tasksHint")} error={errorOf("tasks")}>
        <Textarea rows={4} {...field("tasks", true)} {...register("tasks")} />
      </FormField>
      <FormField id="community-description" label={t("description")} hint={t("descriptionHint")} error={errorOf("description")}>
        <Textarea rows={4} {...field("description", true)} {...register("description")} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="community-type" label={t("type")} error={errorOf("type")} required>
          <Select {...field("type")} {...register("type")}>
            <option value="">{t("typePlaceholder")}</option>
            {communityTypes.map((c) => (
              <option key={c} value={c}>
                {tt(c)}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField id="community-kind" label={t("kind")} error={errorOf("kind")} required>
          <Select {...field("kind")} {...register("kind")}>
            <option value="">{t("kindPlaceholder")}</option>
            {communityKinds.map((c) => (
              <option key={c} value={c}>
                {tk(c)}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <CodesField id="community-subjects" legend={t("subjects")} codes={subjects} namespace="reference.subjects" registration={register("subjects")} error={errorOf("subjects")} scroll />
      <CodesField id="community-themes" legend={t("themes")} codes={priorityThemes} namespace="reference.priorityThemes" registration={register("themes")} error={errorOf("themes")} />
      <FormField id="community-municipality" label={t("municipality")} hint={t("municipalityHint")} error={errorOf("municipality")} required>
        <Input list={listId} autoComplete="off" {...field("municipality", true)} {...register("municipality")} />
        <datalist id={listId}>
          {municipalities.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="community-visibility" label={t("visibility")} hint={t("visibilityHint")} error={errorOf("visibility")} required>
          <Select {...field("visibility", true)} {...register("visibility")}>
            {communityVisibilities.map((v) => (
              <option key={v} value={v}>
                {tv(v)}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField id="community-joinPolicy" label={t("joinPolicy")} error={errorOf("joinPolicy")} required>
          <Select {...field("joinPolicy")} {...register("joinPolicy")}>
            {joinPolicies.map((j) => (
              <option key={j} value={j}>
                {tj(j)}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
    </>
  );
}
