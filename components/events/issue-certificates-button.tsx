"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/error-text";
import { buttonClass } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { issueCertificatesAction } from "@/lib/events/certificate-actions";
import type { IssueCounts } from "@/lib/events/certificates";

/** «Выдать сертификаты»: the bulk issue, then how many were new and how many already there. */
export function IssueCertificatesButton({ eventId }: { eventId: string }) {
  const t = useTranslations("events.certificates");
  const errorText = useErrorText("events.certificates.errors", "unexpected");
  const router = useRouter();
  const [state, setState] = useState<{ error: string } | { done: IssueCounts } | null>(null);
  const [pending, start] = useTransition();
  const onClick = () =>
    start(async () => {
      const result = await issueCertificatesAction(eventId);
      setState(result.ok ? { done: result.data } : { error: result.error });
      if (result.ok) router.refresh();
    });
  return (
    <div className="space-y-3">
      <button type="button" onClick={onClick} disabled={pending} className={buttonClass("primary")}>
        {pending ? t("issuing") : t("issue")}
      </button>
      {state && "done" in state && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t("issued", { issued: state.done.issued, alreadyHad: state.done.alreadyHad })}
        </p>
      )}
      {state && "error" in state && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {errorText(state.error)}
        </p>
      )}
    </div>
  );
}
