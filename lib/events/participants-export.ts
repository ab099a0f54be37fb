import "server-only";
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import eventsEn from "@/messages/en/events.json";
import eventsRu from "@/messages/ru/events.json";
import type { Actor } from "@/lib/auth/permissions";
import { csvRecord, neutralise } from "@/lib/export/cells";
import { listParticipants } from "./registrations";

// The organizers' participant list as a file, authorized exactly like the list (listParticipants):
// names, organizations, status and attendance — never contacts (SECURITY.md 17).

const catalogs = { ru: { events: eventsRu }, en: { events: eventsEn } } as const;

export type ExportFormat = "xlsx" | "csv";
export type ExportedFile = { filename: string; contentType: string; content: Buffer };

export async function exportParticipants({ actor, eventId, locale, format }: { actor: Actor | null; eventId: string; locale: string; format: ExportFormat }): Promise<ExportedFile> {
  const { access, participants } = await listParticipants({ actor, eventId });
  const lang = locale === "en" ? "en" : "ru";
  const t = createTranslator({ locale: lang, messages: catalogs[lang], namespace: "events.registration" });
  const header = [t("participants.number"), t("participants.name"), t("participants.organization"), t("participants.status"), t("participants.attended")];
  const rows = participants.map((p, index) => [index + 1, p.fullName, p.organization, t(`status.${p.status}`), p.attended ? t("export.yes") : t("export.no")] as const);
  const base = `participants-${access.event.id.slice(0, 8)}`;

  if (format === "csv") {
    // A byte-order mark so that Excel opens the Cyrillic as UTF-8; ";" is what Russian Excel splits on.
    const lines = [header, ...rows].map((cells) => csvRecord(cells));
    return { filename: `${base}.csv`, contentType: "text/csv; charset=utf-8", content: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8") };
  }

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Методсеть";
  const sheet = workbook.addWorksheet(t("export.sheet"), { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = [{ width: 6 }, { width: 40 }, { width: 40 }, { width: 18 }, { width: 14 }];
  sheet.addRow([neutralise(t("export.caption", { title: access.event.title }))]).font = { bold: true };
  sheet.addRow(header).font = { bold: true };
  for (const [n, name, organization, status, attended] of rows) sheet.addRow([n, neutralise(name), neutralise(organization), status, attended]);
  return { filename: `${base}.xlsx`, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
