"use client";

import { useTranslations } from "next-intl";

/** An events error key in the reader's language: this domain's own texts, then the common ones. */
export function useEventErrorText() {
  const own = useTranslations("events.errors");
  const common = useTranslations("errors");
  return (key: string, fallback: "invalid" | "unexpected" = "invalid") => (own.has(key) ? own(key) : common.has(key) ? common(key) : common(fallback));
}
