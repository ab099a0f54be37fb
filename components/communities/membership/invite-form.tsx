"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useRouter } from "@/i18n/navigation";
import { inviteAction, searchInviteesAction } from "@/lib/communities/membership-actions";
import type { Invitee } from "@/lib/communities/membership-queries";
import { useErrorText } from "@/components/forms/error-text";

/** Finds teachers by name (open profiles only) and invites one with a click. */
export function InviteForm({ communityId }: { communityId: string }) {
  const t = useTranslations("membership.requests");
  const ts = useTranslations("membership.statuses");
  const errorText = useErrorText("membership.errors");
  const router = useRouter();
  const id = useId();
  const [query, setQuery] = useState("");
  // Results belong to the query they answer: a shorter or newer query hides older ones.
  const [found, setFound] = useState<{ query: string; list: Invitee[] } | null>(null);
  const trimmed = query.trim();
  const results = trimmed.length >= 2 && found?.query === trimmed ? found.list : null;
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();

  useEffect(() => {
    if (trimmed.length < 2) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const list = await searchInviteesAction(communityId, trimmed);
      if (!stale) setFound({ query: trimmed, list });
    }, 250);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [communityId, trimmed]);

  const inviteOne = (person: Invitee) =>
    start(async () => {
      setMessage(null);
      const result = await inviteAction({ communityId, userId: person.id });
      if (result.ok) {
        setMessage({ tone: "success", text: t("invited", { name: person.fullName }) });
        setFound((current) => current && { ...current, list: current.list.map((p) => (p.id === person.id ? { ...p, status: "invited" as const } : p)) });
        router.refresh();
      } else setMessage({ tone: "error", text: errorText(result.fieldErrors?.userId ?? result.error, "unexpected") });
    });

  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor={`${id}-q`} className="block text-sm font-medium text-slate-800">
          {t("searchLabel")}
        </label>
        <Input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${id}-hint`} autoComplete="off" />
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {t("searchHint")}
        </p>
      </div>
      <div aria-live="polite" className="space-y-3">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        {results && results.length === 0 && <p className="text-sm text-slate-700">{t("searchEmpty")}</p>}
        {results && results.length > 0 && (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {results.map((person) => (
              <li key={person.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">{person.fullName}</p>
                  <p className="text-sm text-slate-700">{[person.position, person.organizationName].filter(Boolean).join(", ")}</p>
                </div>
                {person.status && ["active", "pending", "invited"].includes(person.status) ? (
                  <span className="text-sm text-slate-700">{ts(person.status)}</span>
                ) : (
                  <Button type="button" variant="secondary" disabled={pending} onClick={() => inviteOne(person)} aria-label={`${t("inviteButton")}: ${person.fullName}`}>
                    {pending ? t("inviting") : t("inviteButton")}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
