import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

// The words of the channel's publishing form.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["announcements"]}>{children}</ClientMessages>;
}
