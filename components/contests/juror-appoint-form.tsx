"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { PeoplePicker, type PickerOption } from "@/components/forms/people-picker";
import { useErrorText } from "@/components/forms/error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { appointJurorsAction } from "@/lib/contests/actions";

const ns = "contests.errors";

/** The organizers pick eligible people by name, then appoint them all at once. */
export function JurorAppointForm({ eventId }: { eventId: string }) {
  const t = useTranslations("contests.manage");
  const errorText = useErrorText(ns);
  const router = useRouter();
  const [chosen, setChosen] = useState<PickerOption[]>([]);
  const [error, setError] = useState<{ form?: string; field?: string } | null>(null);
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      setDone(false);
      const result = await appointJurorsAction(eventId, { userIds: chosen.map((c) => c.id) });
      if (!result.ok) return setError(result.fieldErrors?.userIds ? { field: result.fieldErrors.userIds } : { form: result.error });
      setError(null);
      setChosen([]);
      setDone(true);
      router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="space-y-3">
      {error?.form && <Alert tone="error">{errorText(error.form, "unexpected")}</Alert>}
      {done && <Alert tone="success">{t("appointed")}</Alert>}
      <PeoplePicker
        id="contest-jurors"
        label={t("appointLabel")}
        hint={t("appointHint")}
        value={chosen}
        onChange={(next) => {
          setChosen(next);
          setError(null);
        }}
        error={error?.field}
        errorsNamespace={ns}
        max={50}
        source={`/api/events/${eventId}/jurors`}
        messages="contests.jurorPicker"
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("appointing") : t("appoint")}
      </Button>
    </form>
  );
}
