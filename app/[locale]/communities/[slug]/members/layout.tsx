import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

// The words of the removal form.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["membership.errors", "membership.members"]}>{children}</ClientMessages>;
}
