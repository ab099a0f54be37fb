"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { rotateFeedTokenAction } from "@/lib/events/calendar-actions";

/**
 * The private calendar address: get it, copy it, replace it (the old one stops working). Only its
 * hash is kept on the server, so a new address is shown once, right after it is made.
 */
export function CalendarFeedCard({ createdAt }: { createdAt: Date | null }) {
  const t = useTranslations("events.ical");
  const format = useFormatter();
  const [url, setUrl] = useState<string | null>(null);
  const [since, setSince] = useState(createdAt);
  const [failed, setFailed] = useState(false);
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();

  const issue = () => {
    if (since && !window.confirm(t("confirmRotate"))) return;
    startTransition(async () => {
      const result = await rotateFeedTokenAction();
      setFailed(!result.ok);
      setCopied(false);
      if (result.ok) {
        setUrl(result.data.url);
        setSince(new Date());
      }
    });
  };
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      document.getElementById("calendar-feed-url")?.focus();
    }
  };

  return (
    <section aria-labelledby="calendar-feed-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="calendar-feed-card">
      <h2 id="calendar-feed-title" className="text-lg font-semibold text-slate-900">
        {t("feedTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("feedLead")}</p>
      {url ? (
        <div className="space-y-2">
          <label htmlFor="calendar-feed-url" className="block text-sm font-medium text-slate-800">
            {t("address")}
          </label>
          <div className="flex flex-wrap gap-2">
            <Input id="calendar-feed-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-[1_1_16rem] font-mono text-xs" />
            <Button type="button" variant="secondary" onClick={copy}>
              {copied ? t("copied") : t("copy")}
            </Button>
          </div>
          <p className="text-sm text-amber-900">{t("shownOnce")}</p>
        </div>
      ) : (
        <p className="text-sm text-slate-700">{since ? t("feedSince", { date: format.dateTime(since, { day: "numeric", month: "long", year: "numeric" }) }) : t("feedNone")}</p>
      )}
      {failed && <Alert tone="error">{t("failed")}</Alert>}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant={since ? "secondary" : "primary"} onClick={issue} disabled={pending}>
          {since ? t("rotate") : t("create")}
        </Button>
        {since && <span className="text-sm text-slate-600">{t("rotateHint")}</span>}
      </div>
    </section>
  );
}
