import { useTranslations } from "next-intl";
import type { PlanItemStatus } from "@/lib/reference/communities";

const tones: Record<PlanItemStatus, string> = {
  planned: "border-slate-300 bg-slate-50 text-slate-800",
  in_progress: "border-amber-300 bg-amber-50 text-amber-900",
  done: "border-green-300 bg-green-50 text-green-900",
  cancelled: "border-red-200 bg-red-50 text-red-900 line-through decoration-1",
};

/** The item's status as a labelled badge; the word carries the meaning, the colour only helps. */
export function PlanStatusBadge({ status }: { status: PlanItemStatus }) {
  const t = useTranslations("reference.planItemStatuses");
  return <span className={`inline-block whitespace-nowrap rounded-full border px-2.5 py-0.5 text-xs font-medium ${tones[status]}`}>{t(status)}</span>;
}
