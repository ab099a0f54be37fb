import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

// The words of the sign-in, registration and password forms.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["auth", "reference.organizationKinds", "reference.subjects"]}>{children}</ClientMessages>;
}
