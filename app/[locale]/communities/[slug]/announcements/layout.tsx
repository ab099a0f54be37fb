import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

// The words of the publishing form.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["announcements"]}>{children}</ClientMessages>;
}
