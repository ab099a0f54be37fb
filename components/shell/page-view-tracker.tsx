"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/** Reports each page view after it is shown, so logging never delays a response. */
export function PageViewTracker() {
  const pathname = usePathname();
  useEffect(() => {
    navigator.sendBeacon?.("/api/page-views", JSON.stringify({ path: pathname }));
  }, [pathname]);
  return null;
}
