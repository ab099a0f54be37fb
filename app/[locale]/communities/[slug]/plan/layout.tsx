import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

// The words of the plan item form.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["plan", "reference.planItemStatuses"]}>{children}</ClientMessages>;
}
