import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

// The words of the profile, privacy and organization forms.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["auth.register", "profile", "reference.locales", "reference.subjects", "reference.timeZones"]}>{children}</ClientMessages>;
}
