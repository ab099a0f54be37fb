"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/error-text";
import { buttonClass } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { cancelRegistrationAction, registerForEventAction } from "@/lib/events/registration-actions";

/** Register (or join the waiting list) / cancel: runs the action, then shows the fresh panel. */
export function RegistrationButton({ eventId, mode }: { eventId: string; mode: "register" | "joinWaitlist" | "cancel" | "leaveWaitlist" }) {
  const t = useTranslations("events.registration.panel");
  const errorText = useErrorText("events.registration.errors", "unexpected");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const cancelling = mode === "cancel" || mode === "leaveWaitlist";
  const onClick = () =>
    start(async () => {
      const result = cancelling ? await cancelRegistrationAction(eventId) : await registerForEventAction(eventId);
      if (!result.ok) return setError(result.error);
      setError(null);
      router.refresh();
    });
  return (
    <div className="space-y-2">
      <button type="button" onClick={onClick} disabled={pending} className={buttonClass(cancelling ? "secondary" : "primary", "w-full")}>
        {pending ? t(cancelling ? "cancelling" : "registering") : t(mode)}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
