import type { ReactNode } from "react";

/** A community tab's own heading: the community's name is the page's h1, in the layout's header. */
export function SectionTitle({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <header className="space-y-1">
      <h2 className="text-xl font-bold tracking-tight text-slate-900 sm:text-2xl">{children}</h2>
      {lead && <p className="max-w-3xl text-slate-700">{lead}</p>}
    </header>
  );
}
