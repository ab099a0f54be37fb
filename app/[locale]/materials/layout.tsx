import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

// The words of the material forms and controls.
const materialMessages = ["materials", "communities.errors", "reference.subjects", "reference.educationLevels", "reference.priorityThemes", "reference.materialKinds", "reference.materialLicences"];

export default function MaterialsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={materialMessages}>{children}</ClientMessages>;
}
