import type { ReactNode } from "react";

/** A card-like section named by its heading, so that screen readers list it as a region. */
export function Panel({ id, title, lead, children, className = "" }: { id: string; title: ReactNode; lead?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`${id}-title`} className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 ${className}`}>
      <h2 id={`${id}-title`} className="mb-1 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {lead && <p className="mb-4 text-sm text-slate-700">{lead}</p>}
      {children}
    </section>
  );
}
