"use client";

import { useTranslations } from "next-intl";

/** A rubric error key in the reader's language: the rubric's own texts, then the common ones. */
export function useRubricErrorText() {
  const own = useTranslations("admin.rubric.errors");
  const common = useTranslations("errors");
  return (key: string, fallback: "invalid" | "unexpected" = "invalid") => (own.has(key) ? own(key) : common.has(key) ? common(key) : common(fallback));
}
