import "server-only";
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import planEn from "@/messages/en/plan.json";
import planRu from "@/messages/ru/plan.json";
import referenceEn from "@/messages/en/reference.json";
import referenceRu from "@/messages/ru/reference.json";
import type { Actor } from "@/lib/auth/permissions";
import { neutralise } from "@/lib/export/cells";
import { listPlan } from "./plan";

// The plan as an .xlsx file, authorized exactly like the plan page (listPlan).

const catalogs = { ru: { plan: planRu, reference: referenceRu }, en: { plan: planEn, reference: referenceEn } } as const;

export { neutralise };

/** A calendar date as the midnight UTC that spreadsheets read as that day. */
function asDate(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

export async function exportPlanXlsx({ viewer, slug, locale }: { viewer: Actor | null; slug: string; locale: string }): Promise<{ filename: string; content: Buffer }> {
  const { access, items } = await listPlan({ viewer, slug });
  const lang = locale === "en" ? "en" : "ru";
  const t = createTranslator({ locale: lang, messages: catalogs[lang], namespace: "plan.export" });
  const status = createTranslator({ locale: lang, messages: catalogs[lang], namespace: "reference.planItemStatuses" });

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Методсеть";
  const sheet = workbook.addWorksheet(t("sheet"), { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = [
    { key: "n", width: 6 },
    { key: "title", width: 40 },
    { key: "description", width: 50 },
    { key: "startsOn", width: 14, style: { numFmt: "dd.mm.yyyy" } },
    { key: "endsOn", width: 14, style: { numFmt: "dd.mm.yyyy" } },
    { key: "responsible", width: 30 },
    { key: "status", width: 16 },
    { key: "link", width: 40 },
  ];
  sheet.addRow([neutralise(t("caption", { community: access.community.name }))]).font = { bold: true };
  const header = sheet.addRow([t("number"), t("title"), t("description"), t("startsOn"), t("endsOn"), t("responsible"), t("status"), t("link")]);
  header.font = { bold: true };
  items.forEach((item, index) => {
    sheet.addRow({
      n: index + 1,
      title: neutralise(item.title),
      description: neutralise(item.description),
      startsOn: asDate(item.startsOn),
      endsOn: asDate(item.endsOn),
      responsible: neutralise(item.responsibleName ?? ""),
      status: status(item.status),
      link: neutralise(item.link ?? ""),
    });
  });
  sheet.getColumn("description").alignment = { wrapText: true, vertical: "top" };
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename: `plan-${access.community.slug}.xlsx`, content };
}
