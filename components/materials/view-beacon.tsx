"use client";

import { useEffect } from "react";

/** Reports that a person opened the material (not a prefetch or a crawler's HTML fetch). */
export function ViewBeacon({ materialId }: { materialId: string }) {
  useEffect(() => {
    navigator.sendBeacon?.(`/api/materials/${materialId}/views`);
  }, [materialId]);
  return null;
}
