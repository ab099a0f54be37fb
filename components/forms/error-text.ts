"use client";

import { useTranslations } from "next-intl";

type Fallback = "invalid" | "unexpected";

/**
 * An error key in the reader's language: the domain's own texts (`namespace`, e.g. "events.errors"),
 * then the common ones (errors.*), else the common `fallback`.
 */
export function useErrorText(namespace: string, fallback: Fallback = "invalid") {
  const own = useTranslations(namespace);
  const common = useTranslations("errors");
  return (key: string, orElse: Fallback = fallback) => (own.has(key) ? own(key) : common.has(key) ? common(key) : common(orElse));
}
