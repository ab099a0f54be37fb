import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

// The words of the consents form.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["auth"]}>{children}</ClientMessages>;
}
