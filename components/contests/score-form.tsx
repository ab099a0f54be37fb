"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { useErrorText } from "@/components/forms/error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Select, Textarea } from "@/components/ui/input";
import { useRouter } from "@/i18n/navigation";
import { scoreEntryAction } from "@/lib/contests/actions";
import { scoreSchema } from "@/lib/contests/schemas";

const ns = "contests.errors";
const points = Array.from({ length: 11 }, (_, i) => String(i));

/** A juror's score of one entry (0..10) and comment; saved again, it changes. */
export function ScoreForm({ eventId, entryId, score, comment, title }: { eventId: string; entryId: string; score: number | null; comment: string; title: string }) {
  const t = useTranslations("contests.jury");
  const errorText = useErrorText(ns);
  const router = useRouter();
  const { form, onSubmit, formError, errorOf, pending, succeeded } = useActionForm(scoreSchema, (input) => scoreEntryAction(eventId, entryId, input), { score: score === null ? "" : String(score), comment }, () =>
    router.refresh(),
  );
  const id = (name: string) => `score-${entryId}-${name}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={title}>
      {formError && <Alert tone="error">{errorText(formError)}</Alert>}
      <Field id={id("score")} label={t("score")} error={errorOf("score")} required errorsNamespace={ns}>
        <Select id={id("score")} className="max-w-40" {...describedBy(id("score"), errorOf("score"))} {...form.register("score")}>
          <option value="">—</option>
          {points.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={id("comment")} label={t("comment")} error={errorOf("comment")} errorsNamespace={ns}>
        <Textarea id={id("comment")} rows={3} {...describedBy(id("comment"), errorOf("comment"))} {...form.register("comment")} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        {succeeded && (
          <span role="status" className="text-sm text-green-800">
            {t("saved")}
          </span>
        )}
      </div>
    </form>
  );
}
