"use client";

import { useEffect } from "react";

/** Marks the document once React has hydrated it, so browser tests never type into a form before its handlers attach. */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
