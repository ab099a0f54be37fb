"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { approveOrganizationAction } from "@/lib/organizations/actions";
import { useErrorText } from "@/components/forms/error-text";

/** Approves a pending request, then opens `doneHref`, which tells the administrator it worked. */
export function ApproveButton({ id, doneHref }: { id: string; doneHref: string }) {
  const t = useTranslations("organizations.admin.requests");
  const errorText = useErrorText("organizations.errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <div className="space-y-2">
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await approveOrganizationAction(id);
            if (result.ok) router.replace(doneHref, { scroll: false });
            else setError(result.error);
          })
        }
      >
        {pending ? t("approving") : t("approve")}
      </Button>
      {error && <Alert tone="error">{errorText(error, "unexpected")}</Alert>}
    </div>
  );
}
