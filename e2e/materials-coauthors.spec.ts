import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, label, msg, test, type Locale } from "./fixtures";

// Demo data: teacher@ is Смирнова Анна Сергеевна; leader@ is Захарова Светлана Олеговна of
// «МБОУ СОШ № 7»-like school7; moderator@ is Титов Алексей Игоревич.
const leaderName = "Захарова Светлана Олеговна";
const moderatorName = "Титов Алексей Игоревич";

fs.mkdirSync("screenshots", { recursive: true });

const m = (key: string, values: Record<string, string | number> = {}, locale: Locale = "ru") => msg(locale, `materials.${key}`, values);

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function fillRequired(page: Page, title: string) {
  const form = page.getByRole("main");
  await form.getByLabel(label(m("fields.kind"))).selectOption("lesson_plan");
  await form.getByLabel(label(m("fields.title"))).fill(title);
  await form.getByLabel(label(m("fields.abstract"))).fill("Урок-практикум для 7 класса: задачи на проценты из семейного бюджета.");
  await form.getByRole("checkbox", { name: msg("ru", "reference.subjects.mathematics") }).check();
  await form.getByRole("checkbox", { name: msg("ru", "reference.educationLevels.grade_7") }).check();
  await form.getByLabel(label(m("fields.licence"))).selectOption("cc_by");
}

test("teacher@ names a registered co-author by typing part of the name; the co-author finds the material among their own @phone", async ({ signedIn }, testInfo) => {
  test.setTimeout(90_000);
  const project = testInfo.project.name;
  const title = `Проценты в семейном бюджете ${project} ${Date.now().toString(36)}`;
  const teacher = await signedIn("participant");
  await teacher.goto("/ru/materials/new");
  await fillRequired(teacher, title);

  const picker = teacher.getByRole("combobox", { name: m("fields.coAuthorIds") });
  const listbox = teacher.getByRole("listbox", { name: m("fields.coAuthorIds") });
  // One letter asks for more; two or more bring suggestions with the organization, never the caller.
  await picker.fill("З");
  await expect(teacher.getByText(m("coAuthorPicker.typeMore"))).toBeVisible();
  await picker.fill("захар");
  const leaderOption = listbox.getByRole("option", { name: new RegExp(leaderName) });
  await expect(leaderOption).toBeVisible();
  await expect(picker).toHaveAttribute("aria-expanded", "true");
  await noHorizontalScroll(teacher);
  await teacher.screenshot({ path: `screenshots/material-coauthors-open-${project}.png`, fullPage: project !== "phone" });

  // Escape closes the list, the keyboard picks: arrow down, Enter (which does not submit the form).
  await picker.press("Escape");
  await expect(listbox).toBeHidden();
  await expect(picker).toHaveAttribute("aria-expanded", "false");
  await picker.press("ArrowDown");
  await expect(leaderOption).toBeVisible();
  await picker.press("ArrowDown");
  await expect(leaderOption).toHaveAttribute("aria-selected", "true");
  await expect(picker).toHaveAttribute("aria-activedescendant", (await leaderOption.getAttribute("id")) as string);
  await picker.press("Enter");
  const chips = teacher.getByRole("list", { name: m("coAuthorPicker.chosen") });
  await expect(chips.getByRole("listitem")).toHaveText([leaderName]);
  await expect(picker).toHaveValue("");
  await expect(picker).toBeFocused();
  await expect(teacher).toHaveURL(/\/materials\/new$/);

  // Neither the one chosen nor the caller is offered; a second one by mouse, then removed with its button.
  await picker.fill("Захарова");
  await expect(teacher.getByText(m("coAuthorPicker.none"))).toBeVisible();
  await picker.fill("Смирнова Анна");
  await expect(teacher.getByText(m("coAuthorPicker.none"))).toBeVisible();
  await picker.fill("Титов");
  await listbox.getByRole("option", { name: new RegExp(moderatorName) }).click();
  await expect(chips.getByRole("listitem")).toHaveText([leaderName, moderatorName]);
  await chips.getByRole("button", { name: m("coAuthorPicker.remove", { name: moderatorName }) }).click();
  await expect(chips.getByRole("listitem")).toHaveText([leaderName]);
  await expect(teacher.getByRole("status").filter({ hasText: m("coAuthorPicker.removed", { name: moderatorName }) })).toBeVisible();
  await teacher.getByRole("main").getByLabel(m("fields.coAuthors")).fill("Петров Пётр Петрович");
  await teacher.screenshot({ path: `screenshots/material-coauthors-chosen-${project}.png`, fullPage: project !== "phone" });

  await teacher.getByRole("button", { name: m("saveDraft") }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const main = teacher.getByRole("main");
  for (const name of ["Смирнова Анна Сергеевна", leaderName, "Петров Пётр Петрович"]) await expect(main.getByText(name).first()).toBeVisible();

  // The edit form brings the chip back.
  await main.getByRole("link", { name: m("edit"), exact: true }).click();
  await expect(teacher.getByRole("list", { name: m("coAuthorPicker.chosen") }).getByRole("listitem")).toHaveText([leaderName]);

  // The co-author sees it in «Мои материалы».
  const coAuthor = await signedIn("leader");
  await coAuthor.goto("/ru/materials/mine");
  await expect(coAuthor.getByRole("main").getByRole("link", { name: title })).toBeVisible();
});

test("the picker speaks English, on a phone too; signed-out callers get no names @phone", async ({ signedIn, newPage }, testInfo) => {
  const teacher = await signedIn("participant");
  await teacher.goto("/en/materials/new");
  const picker = teacher.getByRole("combobox", { name: m("fields.coAuthorIds", {}, "en") });
  await picker.fill("Zakh");
  await expect(teacher.getByText(m("coAuthorPicker.none", {}, "en"))).toBeVisible();
  await picker.fill("Титов");
  await expect(teacher.getByRole("option", { name: new RegExp(moderatorName) })).toBeVisible();
  await expect(teacher.getByRole("status").filter({ hasText: /^1 suggestion: / })).toBeVisible();
  await noHorizontalScroll(teacher);
  await teacher.screenshot({ path: `screenshots/material-coauthors-en-${testInfo.project.name}.png`, fullPage: testInfo.project.name !== "phone" });
  const guest = await newPage();
  const response = await guest.request.get(`/api/materials/co-authors?q=${encodeURIComponent("Титов")}`);
  expect(response.status()).toBe(401);
  expect(await response.text()).not.toContain("Титов");
});
