import type { CertificateItem } from "@/lib/events/certificates";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** «участник», «выступающий (спикер)», «победитель — 2 место» in the reader's language (t: the "events.certificates" translator). */
export function certificateRole(t: Translate, certificate: Pick<CertificateItem, "role" | "place">): string {
  return certificate.role === "winner" && certificate.place ? t("winnerPlace", { place: certificate.place }) : t(`roles.${certificate.role}`);
}

/** The PDF's address. */
export function certificatePdfHref(id: string): string {
  return `/api/certificates/${id}/pdf`;
}
