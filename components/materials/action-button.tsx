"use client";

import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import type { Result } from "@/lib/errors";
import { useErrorText } from "@/components/forms/error-text";

/** One click that runs a server action and refreshes the page; a refusal is shown beside it. */
export function ActionButton({
  run,
  label,
  busyLabel,
  ariaLabel,
  variant = "primary",
  then,
  errorsNamespace = "materials.errors",
}: {
  run: () => Promise<Result<unknown>>;
  label: string;
  busyLabel: string;
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "ghost";
  then?: string;
  /** Where the domain keeps its error texts (default: materials.errors). */
  errorsNamespace?: string;
}) {
  const errorText = useErrorText(errorsNamespace);
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const onClick = () =>
    start(async () => {
      const result = await run();
      if (!result.ok) return setError(result.error);
      setError(null);
      if (then) router.push(then);
      router.refresh();
    });
  return (
    <span className="inline-flex flex-col gap-1">
      <button type="button" onClick={onClick} disabled={pending} aria-label={ariaLabel} className={buttonClass(variant)}>
        {pending ? busyLabel : label}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {errorText(error, "unexpected")}
        </span>
      )}
    </span>
  );
}
