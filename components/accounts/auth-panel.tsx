import type { ReactNode } from "react";
import { Card, PageTitle } from "@/components/ui/card";

export function AuthPanel({ title, lead, children, footer }: { title: ReactNode; lead?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-xl">
      <PageTitle lead={lead}>{title}</PageTitle>
      <Card>{children}</Card>
      {footer && <p className="mt-4 text-center text-slate-700">{footer}</p>}
    </div>
  );
}
