import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import reference from "@/messages/ru/reference.json";
import type { CertificateRole, EventForm } from "@/lib/reference/events";
import { toWallTime } from "./time";

// The certificate as an A4 landscape PDF. Certificates are official Russian documents: printed in
// Russian whatever the holder's language, in DejaVu Serif (embedded, subset) for correct Cyrillic.
// A QR code and the printed address lead to the public verification page.

export type CertificatePrint = {
  number: string;
  fullName: string;
  eventTitle: string;
  role: CertificateRole;
  place: number | null;
  hours: number | null;
  issuedAt: Date;
  form: EventForm;
  event: { startsAt: Date; endsAt: Date; timeZone: string; allDay: boolean };
  /** null: a platform-wide event. */
  communityName: string | null;
};

const fontDir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const fonts = { regular: path.join(fontDir, "DejaVuSerif.ttf"), bold: path.join(fontDir, "DejaVuSerif-Bold.ttf") };

const roleLine: Record<CertificateRole, (place: number | null) => string> = {
  participant: () => "участника",
  speaker: () => "выступающего (спикера)",
  winner: (place) => (place ? `победителя — ${place} место` : "победителя"),
};

const roleVerb: Record<CertificateRole, (place: number | null) => string> = {
  participant: () => "принял(а) участие в мероприятии",
  speaker: () => "выступил(а) на мероприятии",
  winner: (place) => (place ? `занял(а) ${place} место в мероприятии` : "стал(а) победителем мероприятия"),
};

const months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

/** "12 марта 2026 г." from a wall date "2026-03-12". */
function longDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${d} ${months[m! - 1]} ${y} г.`;
}

/** The event's days in its own zone: "12 марта 2026 г.", "12–13 марта 2026 г.", "31 марта — 1 апреля 2026 г." (an all-day event ends at 00:00 of the next day). */
export function eventDates(event: CertificatePrint["event"]): string {
  const first = toWallTime(event.startsAt, event.timeZone).date;
  const last = toWallTime(new Date(event.endsAt.getTime() - (event.allDay ? 1 : 0)), event.timeZone).date;
  if (first === last) return longDate(first);
  const [, m1, d1] = first.split("-").map(Number);
  if (first.slice(0, 7) === last.slice(0, 7)) return `${d1}–${longDate(last)}`;
  if (first.slice(0, 4) === last.slice(0, 4)) return `${d1} ${months[m1! - 1]} — ${longDate(last)}`;
  return `${longDate(first)} — ${longDate(last)}`;
}

function hoursText(hours: number): string {
  return `в объёме ${String(hours).replace(".", ",")} ак. ч.`;
}

/** The public verification address printed on the certificate and encoded in its QR code. */
export function verificationUrl(baseUrl: string, number: string): string {
  return `${baseUrl}/ru/certificates/${number}`;
}

export async function certificatePdf(certificate: CertificatePrint, verifyUrl: string): Promise<Buffer> {
  const { regular, bold } = fonts;
  const qr = await QRCode.toBuffer(verifyUrl, { type: "png", errorCorrectionLevel: "M", margin: 1, width: 360 });
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 0,
    font: regular,
    lang: "ru-RU",
    displayTitle: true,
    info: { Title: `Сертификат № ${certificate.number}`, Author: "Методсеть", Subject: certificate.eventTitle, Creator: "Методсеть" },
  });
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const { width, height } = doc.page;
  const ink = "#1e293b";
  const accent = "#1d4ed8";
  const inner = 56;
  const textWidth = width - 2 * inner - 40;
  const left = inner + 20;

  // A double frame.
  doc.lineWidth(3).strokeColor(accent).rect(24, 24, width - 48, height - 48).stroke();
  doc.lineWidth(0.8).rect(34, 34, width - 68, height - 68).stroke();

  // Long names and titles get at most `lines` lines, so nothing reaches the number and the QR code.
  const centred = (text: string, font: "regular" | "bold", size: number, color = ink, gap = 6, lines = 2) => {
    doc.font(font).fontSize(size).fillColor(color).text(text, left, doc.y, { width: textWidth, align: "center", height: size * 1.25 * lines, ellipsis: true });
    doc.moveDown(gap / size);
  };

  doc.y = 62;
  centred("Платформа сетевых педагогических сообществ «Методсеть»", "regular", 11, "#475569", 18);
  centred("СЕРТИФИКАТ", "bold", 40, accent, 4);
  centred(roleLine[certificate.role](certificate.place), "regular", 20, ink, 22);
  centred("Настоящим подтверждается, что", "regular", 13, "#475569", 8);
  centred(certificate.fullName, "bold", 26, ink, 14);
  centred(roleVerb[certificate.role](certificate.place), "regular", 13, ink, 6);
  centred(certificate.eventTitle.includes("«") ? certificate.eventTitle : `«${certificate.eventTitle}»`, "bold", 16, ink, 10, 3);
  const facts = [`форма: ${reference.eventForms[certificate.form].toLowerCase()}`, eventDates(certificate.event)];
  centred(facts.join(" · "), "regular", 12, ink, 4);
  centred(certificate.communityName ? `сетевое педагогическое сообщество «${certificate.communityName}»` : "мероприятие платформы «Методсеть»", "regular", 12, ink, 4);
  if (certificate.hours !== null) centred(hoursText(certificate.hours), "regular", 12, ink, 4);

  // The bottom line: number and date on the left, the QR code and the address on the right.
  const qrSize = 96;
  const bottom = height - 56;
  const qrX = width - inner - qrSize - 10;
  const qrY = bottom - qrSize;
  doc.image(qr, qrX, qrY, { width: qrSize, height: qrSize });
  doc.font("regular").fontSize(11).fillColor(ink);
  doc.text(`Сертификат № ${certificate.number}`, left, qrY + 8, { width: 360 });
  doc.text(`Дата выдачи: ${longDate(toWallTime(certificate.issuedAt, certificate.event.timeZone).date)}`, left, doc.y + 4, { width: 360 });
  doc.fontSize(9).fillColor("#475569");
  doc.text("Проверить подлинность:", left, doc.y + 12, { width: qrX - left - 16 });
  doc.fillColor(accent).text(verifyUrl, left, doc.y + 2, { width: qrX - left - 16, link: verifyUrl, underline: false });

  doc.end();
  return done;
}
