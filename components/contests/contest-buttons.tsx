"use client";

import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/materials/action-button";
import { publishResultsAction, removeJurorAction, withdrawEntryAction } from "@/lib/contests/actions";

// One-click contest actions; a refusal shows beside the button in the contest's words.

const ns = "contests.errors";

export function WithdrawEntryButton({ eventId }: { eventId: string }) {
  const t = useTranslations("contests.section");
  return <ActionButton run={() => withdrawEntryAction(eventId)} label={t("withdraw")} busyLabel={t("withdrawing")} variant="secondary" errorsNamespace={ns} />;
}

export function RemoveJurorButton({ eventId, userId, name }: { eventId: string; userId: string; name: string }) {
  const t = useTranslations("contests.manage");
  return <ActionButton run={() => removeJurorAction(eventId, userId)} label={t("remove")} busyLabel={t("removing")} ariaLabel={t("removeLabel", { name })} variant="ghost" errorsNamespace={ns} />;
}

export function PublishResultsButton({ eventId }: { eventId: string }) {
  const t = useTranslations("contests.manage");
  return <ActionButton run={() => publishResultsAction(eventId)} label={t("publish")} busyLabel={t("publishing")} errorsNamespace={ns} />;
}
