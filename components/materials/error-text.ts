"use client";

import { useTranslations } from "next-intl";

/** A materials error key in the reader's language: this domain's own texts, then the common ones. */
export function useErrorText() {
  const own = useTranslations("materials.errors");
  const common = useTranslations("errors");
  return (key: string, fallback: "invalid" | "unexpected" = "invalid") => (own.has(key) ? own(key) : common.has(key) ? common(key) : common(fallback));
}
