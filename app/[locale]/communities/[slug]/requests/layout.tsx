import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

// The words of the invitation and decision forms.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["membership.errors", "membership.requests", "membership.statuses"]}>{children}</ClientMessages>;
}
