"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import {
  acceptInvitationAction,
  approveRequestAction,
  declineInvitationAction,
  joinAction,
  joinAsOrganizationAction,
  leaveAction,
  leaveForOrganizationAction,
  withdrawForOrganizationAction,
  withdrawRequestAction,
} from "@/lib/communities/membership-actions";
import { useErrorText } from "@/components/forms/error-text";

const verbs = {
  join: joinAction,
  withdraw: withdrawRequestAction,
  leave: leaveAction,
  accept: acceptInvitationAction,
  decline: declineInvitationAction,
  joinAsOrganization: joinAsOrganizationAction,
  withdrawForOrganization: withdrawForOrganizationAction,
  leaveForOrganization: leaveForOrganizationAction,
  approve: approveRequestAction,
} as const;

export type MembershipVerb = keyof typeof verbs;

/** One click that changes a membership (join, withdraw, leave, accept, approve ...), then refreshes the page. */
export function MembershipButton({
  verb,
  input,
  label,
  busyLabel,
  confirmText,
  variant = "primary",
}: {
  verb: MembershipVerb;
  input: Record<string, string>;
  label: string;
  busyLabel: string;
  /** Asked before an action that is hard to undo, e.g. leaving. */
  confirmText?: string;
  variant?: ButtonVariant;
}) {
  const errorText = useErrorText("membership.errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        onClick={() => {
          if (confirmText && !window.confirm(confirmText)) return;
          startTransition(async () => {
            setError(null);
            const result = await verbs[verb](input);
            if (result.ok) router.refresh();
            else setError(result.error);
          });
        }}
      >
        {pending ? busyLabel : label}
      </Button>
      {error && <Alert tone="error">{errorText(error, "unexpected")}</Alert>}
    </div>
  );
}
