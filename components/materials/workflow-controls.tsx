"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/input";
import { useRouter } from "@/i18n/navigation";
import { addVideoLinkAction, assignExpertAction, moderateMaterialAction, removeFileAction, submitMaterialAction, takeForReviewAction } from "@/lib/materials/actions";
import type { Result } from "@/lib/errors";
import { ActionButton } from "./action-button";
import { useErrorText } from "@/components/forms/error-text";

// The material page's small forms. Each keeps what was typed when the server refuses.

function useSubmit() {
  const router = useRouter();
  const errorText = useErrorText("materials.errors");
  const [error, setError] = useState<{ form?: string; fields?: Record<string, string> } | null>(null);
  const [pending, start] = useTransition();
  const submit = (run: () => Promise<Result<unknown>>, onDone?: () => void) =>
    start(async () => {
      const result = await run();
      if (!result.ok) return setError({ form: result.fieldErrors ? undefined : result.error, fields: result.fieldErrors });
      setError(null);
      onDone?.();
      router.refresh();
    });
  return { error, pending, submit, errorText };
}

function FieldError({ id, code }: { id: string; code?: string }) {
  const errorText = useErrorText("materials.errors");
  return code ? (
    <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
      {errorText(code)}
    </p>
  ) : null;
}

export function SubmitForm({ id, resubmit }: { id: string; resubmit: boolean }) {
  const t = useTranslations("materials.submit");
  const [note, setNote] = useState("");
  const { error, pending, submit, errorText } = useSubmit();
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit(() => submitMaterialAction(id, { note }));
      }}
    >
      {error?.form && <Alert tone="error">{errorText(error.form, "unexpected")}</Alert>}
      {resubmit && (
        <div className="space-y-1">
          <label htmlFor="submit-note" className="block text-sm font-medium text-slate-800">
            {t("note")}
          </label>
          <Textarea id="submit-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          <FieldError id="submit-note" code={error?.fields?.note} />
        </div>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("button")}
      </Button>
    </form>
  );
}

export function AssignForm({ id, experts }: { id: string; experts: { id: string; fullName: string }[] }) {
  const t = useTranslations("materials.assign");
  const [expertId, setExpertId] = useState("");
  const { error, pending, submit, errorText } = useSubmit();
  if (experts.length === 0) return <p className="text-sm text-slate-700">{t("noExperts")}</p>;
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit(() => assignExpertAction(id, { expertId }));
      }}
    >
      <div className="min-w-56 flex-1 space-y-1">
        <label htmlFor="assign-expert" className="block text-sm font-medium text-slate-800">
          {t("expert")}
        </label>
        <Select id="assign-expert" value={expertId} onChange={(e) => setExpertId(e.target.value)} aria-describedby={error?.fields?.expertId ? "assign-expert-error" : undefined}>
          <option value="">—</option>
          {experts.map((x) => (
            <option key={x.id} value={x.id}>
              {x.fullName}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("busy") : t("button")}
      </Button>
      <div className="basis-full">
        <FieldError id="assign-expert" code={error?.fields?.expertId} />
        {error?.form && <Alert tone="error">{errorText(error.form, "unexpected")}</Alert>}
      </div>
    </form>
  );
}

export function TakeButton({ id }: { id: string }) {
  const t = useTranslations("materials.take");
  return <ActionButton run={() => takeForReviewAction(id)} label={t("button")} busyLabel={t("busy")} />;
}

export function RemoveFileButton({ fileId, name }: { fileId: string; name: string }) {
  const t = useTranslations("materials.files");
  return <ActionButton run={() => removeFileAction(fileId)} label={t("remove")} busyLabel={t("remove")} ariaLabel={t("removeFile", { name })} variant="ghost" />;
}

export function ModerateForm({ id, published }: { id: string; published: boolean }) {
  const t = useTranslations("materials.moderate");
  const [reason, setReason] = useState("");
  const { error, pending, submit, errorText } = useSubmit();
  const run = (action: "unpublish" | "remove") => submit(() => moderateMaterialAction(id, { action, reason }));
  return (
    <form className="space-y-3" onSubmit={(e) => e.preventDefault()}>
      {error?.form && <Alert tone="error">{errorText(error.form, "unexpected")}</Alert>}
      <div className="space-y-1">
        <label htmlFor="moderate-reason" className="block text-sm font-medium text-slate-800">
          {t("reason")}
        </label>
        <Textarea id="moderate-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={error?.fields?.reason ? "moderate-reason-error" : undefined} />
        <FieldError id="moderate-reason" code={error?.fields?.reason} />
      </div>
      <div className="flex flex-wrap gap-2">
        {published && (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => run("unpublish")}>
            {pending ? t("busy") : t("unpublish")}
          </Button>
        )}
        <Button type="button" variant="danger" disabled={pending} onClick={() => run("remove")}>
          {pending ? t("busy") : t("remove")}
        </Button>
      </div>
    </form>
  );
}

export function VideoLinkForm({ id }: { id: string }) {
  const t = useTranslations("materials.files");
  const [url, setUrl] = useState("");
  const [title, setTitle] = useState("");
  const { error, pending, submit, errorText } = useSubmit();
  return (
    <form
      className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        submit(
          () => addVideoLinkAction(id, { url, title }),
          () => {
            setUrl("");
            setTitle("");
          },
        );
      }}
    >
      <div className="space-y-1">
        <label htmlFor="video-url" className="block text-sm font-medium text-slate-800">
          {t("videoUrl")}
        </label>
        <Input id="video-url" type="url" inputMode="url" placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} aria-describedby="video-url-hint" />
        <p id="video-url-hint" className="text-sm text-slate-600">
          {t("videoHint")}
        </p>
      </div>
      <div className="space-y-1 self-start">
        <label htmlFor="video-title" className="block text-sm font-medium text-slate-800">
          {t("videoTitle")}
        </label>
        <Input id="video-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending} className="self-start sm:mt-6">
        {t("addVideo")}
      </Button>
      <div className="sm:col-span-3">
        <FieldError id="video-url" code={error?.fields?.url} />
        {error?.form && <Alert tone="error">{errorText(error.form, "unexpected")}</Alert>}
      </div>
    </form>
  );
}
