"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { usePathname, useRouter } from "@/i18n/navigation";
import { removeModeratorAction, setModeratorAction } from "@/lib/communities/actions";
import { useErrorText } from "@/components/forms/error-text";

/** Names a member a moderator, or takes the role back; the page then shows the new list. */
export function ModeratorButton({ communityId, userId, name, verb }: { communityId: string; userId: string; name: string; verb: "appoint" | "remove" }) {
  const t = useTranslations("communities.settings.moderators");
  const errorText = useErrorText("communities.errors");
  const router = useRouter();
  const pathname = usePathname();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const run = () =>
    start(async () => {
      setError(null);
      const action = verb === "appoint" ? setModeratorAction : removeModeratorAction;
      const result = await action(communityId, { userId });
      if (!result.ok) {
        setError(result.fieldErrors?.userId ?? result.error);
        return;
      }
      // The search results and the list of moderators both change.
      router.replace(`${pathname}?done=${verb === "appoint" ? "appointed" : "removed"}`, { scroll: false });
    });

  return (
    <div className="space-y-1">
      <Button type="button" variant={verb === "appoint" ? "primary" : "secondary"} disabled={pending} onClick={run} aria-label={t(verb === "appoint" ? "appointNamed" : "removeNamed", { name })}>
        {t(verb === "appoint" ? "appoint" : "remove")}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {errorText(error, "unexpected")}
        </p>
      )}
    </div>
  );
}
