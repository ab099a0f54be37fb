import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

// The words of the event forms and controls (E2 and E3 use the same namespace under their own keys).
const eventMessages = ["events", "reference.eventForms", "reference.eventFormats", "reference.subjects", "reference.timeZones"];

export default function EventsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={eventMessages}>{children}</ClientMessages>;
}
