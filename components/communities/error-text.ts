"use client";

import { useTranslations } from "next-intl";

/** Translates an error key: this domain's own messages first, then the common ones. */
export function useErrorText() {
  const own = useTranslations("communities.errors");
  const common = useTranslations("errors");
  return (key: string, fallback: "invalid" | "unexpected" = "invalid") => (own.has(key) ? own(key) : common.has(key) ? common(key) : common(fallback));
}
