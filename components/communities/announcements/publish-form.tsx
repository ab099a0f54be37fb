"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRouter } from "@/i18n/navigation";
import { publishAnnouncementAction, publishOrganizationAnnouncementAction } from "@/lib/communities/announcement-actions";
import { announcementSchema, emptyAnnouncement, type AnnouncementInput } from "@/lib/communities/announcement-schemas";
import { useErrorText } from "@/components/forms/error-text";

type Props = { channel: { slug: string } | { organizationId: string } };

const ns = "announcements.errors";

/** Publishes to a community's or an organization's channel; the text is kept until it is published. */
export function PublishAnnouncementForm({ channel }: Props) {
  const t = useTranslations("announcements");
  const errorText = useErrorText("announcements.errors");
  const router = useRouter();
  const action = (values: AnnouncementInput) => ("slug" in channel ? publishAnnouncementAction(channel.slug, values) : publishOrganizationAnnouncementAction(channel.organizationId, values));
  const { form, onSubmit, formError, errorOf, pending, succeeded } = useActionForm(announcementSchema, action, emptyAnnouncement, () => router.refresh());
  // Published: the form starts empty again; the notice stays until the next announcement is typed.
  useEffect(() => {
    if (succeeded) form.reset(emptyAnnouncement);
  }, [succeeded, form]);
  const published = succeeded && !form.formState.isDirty;
  const prefix = "slug" in channel ? "announcement" : "org-announcement";
  const f = (name: string) => `${prefix}-${name}`;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert tone="error">{errorText(formError, "unexpected")}</Alert>}
      {published && <Alert tone="success">{t("published")}</Alert>}
      <Field id={f("title")} label={t("fields.title")} error={errorOf("title")} required errorsNamespace={ns}>
        <Input id={f("title")} {...describedBy(f("title"), errorOf("title"))} {...form.register("title")} />
      </Field>
      <Field id={f("body")} label={t("fields.body")} hint={t("fields.bodyHint")} error={errorOf("body")} required errorsNamespace={ns}>
        <Textarea id={f("body")} rows={6} {...describedBy(f("body"), errorOf("body"), true)} {...form.register("body")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("publishing") : t("publish")}
      </Button>
    </form>
  );
}
