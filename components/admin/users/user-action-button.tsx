"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { approveUserAction, unblockUserAction } from "@/lib/users/actions";
import { useErrorText } from "@/components/forms/error-text";

const actions = {
  unblock: { run: unblockUserAction, messages: "adminUsers.block", label: "unblock", busy: "unblocking", done: "unblocked" },
  approve: { run: approveUserAction, messages: "adminUsers.approve", label: "submit", busy: "submitting", done: "approved" },
} as const;

/** A one-click change of the account's state (unblock, approve); then reopens the page with a notice. */
export function UserActionButton({ userId, kind, donePath }: { userId: string; kind: keyof typeof actions; donePath: string }) {
  const action = actions[kind];
  const t = useTranslations(action.messages);
  const errorText = useErrorText("adminUsers.errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant={kind === "approve" ? "primary" : "secondary"}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await action.run({ userId });
            if (result.ok) router.replace(`${donePath}?done=${action.done}`, { scroll: false });
            else setError(result.error);
          })
        }
      >
        {pending ? t(action.busy) : t(action.label)}
      </Button>
      {error && <Alert tone="error">{errorText(error, "unexpected")}</Alert>}
    </div>
  );
}
