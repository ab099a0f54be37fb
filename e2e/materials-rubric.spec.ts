import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, label, msg, test } from "./fixtures";

// An administrator adds a rubric criterion; an expert scores a material against it and returns it;
// the author sends a second version, and the two versions are compared word by word.

fs.mkdirSync("screenshots", { recursive: true });

const m = (key: string, values: Record<string, string | number> = {}) => msg("ru", `materials.${key}`, values);
const r = (key: string, values: Record<string, string | number> = {}) => msg("ru", `admin.rubric.${key}`, values);

async function noSideScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function phoneAndDesktop(page: Page, name: string) {
  await page.screenshot({ path: `screenshots/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 780 });
  await noSideScroll(page);
  await page.screenshot({ path: `screenshots/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("the rubric an administrator edits is the one experts score against; two versions of a material are compared", async ({ adminPage: admin, signedIn }) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const criterion = `Связь с жизнью ${stamp}`;
  const title = `Проценты в магазине ${stamp}`;

  // The administrator adds a criterion; a refusal keeps what was typed.
  await admin.goto("/ru/admin");
  await admin.getByRole("navigation", { name: msg("ru", "admin.nav.label") }).getByRole("link", { name: msg("ru", "admin.nav.rubric") }).click();
  await expect(admin.getByRole("heading", { level: 1, name: r("title") })).toBeVisible();
  const main = admin.getByRole("main");
  await main.getByLabel(label(r("nameRu"))).fill(criterion);
  await main.getByRole("button", { name: r("add") }).click();
  await expect(main.getByText(msg("ru", "errors.required"))).toBeVisible();
  await expect(main.getByLabel(label(r("nameRu")))).toHaveValue(criterion);
  await main.getByLabel(label(r("nameEn"))).fill("Актуальность");
  await main.getByLabel(label(r("nameRu"))).fill("Актуальность");
  await main.getByRole("button", { name: r("add") }).click();
  await expect(main.getByText(r("errors.criterionExists"))).toBeVisible();
  await main.getByLabel(label(r("nameRu"))).fill(criterion);
  await main.getByLabel(label(r("nameEn"))).fill(`Real-life links ${stamp}`);
  await main.getByRole("button", { name: r("add") }).click();
  await expect(main.getByText(r("added"))).toBeVisible();
  const row = main.getByRole("listitem").filter({ hasText: criterion });
  await expect(row).toContainText(r("active"));
  // Moved up one place and back: the order is the administrator's.
  await row.getByRole("button", { name: r("upAria", { name: criterion }) }).click();
  await expect(main.getByRole("listitem").nth(-2)).toContainText(criterion);
  await row.getByRole("button", { name: r("downAria", { name: criterion }) }).click();
  await expect(main.getByRole("listitem").last()).toContainText(criterion);
  await phoneAndDesktop(admin, "rubric-admin");

  // The author writes a material outside communities and sends it to review.
  const author = await signedIn("participant");
  await author.goto("/ru/materials/new");
  const form = author.getByRole("main");
  await form.getByLabel(label(m("fields.kind"))).selectOption("lesson_plan");
  await form.getByLabel(label(m("fields.title"))).fill(title);
  await form.getByLabel(label(m("fields.abstract"))).fill("Урок математики в 6 классе: проценты на ценниках и в чеках магазина.");
  await form.getByLabel(m("fields.body")).fill("## Ход урока\n\n1. Ценники со скидками\n2. Расчёт по чеку");
  await form.getByRole("checkbox", { name: msg("ru", "reference.subjects.mathematics") }).check();
  await form.getByRole("checkbox", { name: msg("ru", "reference.educationLevels.grade_6") }).check();
  await form.getByLabel(m("fields.tags")).fill("проценты, скидки");
  await form.getByLabel(label(m("fields.licence"))).selectOption("cc_by");
  await form.getByRole("button", { name: m("saveDraft") }).click();
  await expect(author.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const url = author.url().replace(/\?.*$/, "");
  await author.getByRole("button", { name: m("submit.button") }).click();
  await expect(author.getByText(m("page.awaitingNote"))).toBeVisible();

  // The expert takes it from the queue and finds the new criterion in the form; returns it.
  const expert = await signedIn("expert");
  await expert.goto(url);
  await expert.getByRole("button", { name: m("take.button") }).click();
  await expert.getByRole("link", { name: m("review.open") }).click();
  const review = expert.getByRole("main");
  await expect(review.getByText(criterion, { exact: true })).toBeVisible();
  for (const select of await review.getByLabel(m("review.score")).all()) await select.selectOption("1");
  await review.getByRole("radio", { name: m("page.verdicts.return") }).check();
  await review.getByLabel(m("review.summary")).fill("Добавьте задачу про кешбэк.");
  await review.getByRole("button", { name: m("review.submit") }).click();
  await expect(expert.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The author revises the title, the body and the level, and sends version 2 with a note.
  await author.goto(url);
  await expect(author.getByText(criterion, { exact: true })).toBeVisible();
  await author.getByRole("link", { name: m("edit"), exact: true }).click();
  await author.getByLabel(label(m("fields.title"))).fill(`Проценты и скидки в магазине ${stamp}`);
  await author.getByLabel(m("fields.body")).fill("## Ход урока\n\n1. Ценники со скидками\n2. Расчёт по чеку\n3. Задача про кешбэк");
  await author.getByRole("checkbox", { name: msg("ru", "reference.educationLevels.grade_7") }).check();
  await author.getByRole("button", { name: m("saveDraft") }).click();
  await expect(author.getByRole("heading", { level: 1, name: `Проценты и скидки в магазине ${stamp}` })).toBeVisible();
  await author.getByLabel(m("submit.note")).fill("Добавлена задача про кешбэк");
  await author.getByRole("button", { name: m("submit.button") }).click();
  await expect(author.getByText(m("page.awaitingNote"))).toBeVisible();

  // The material page lists both versions; the link compares them.
  await expect(author.getByRole("heading", { level: 2, name: m("versions.listTitle") })).toBeVisible();
  await author.screenshot({ path: "screenshots/material-versions-desktop.png", fullPage: true });
  await author.getByRole("link", { name: m("versions.compareAria", { number: 2, previous: 1 }) }).click();
  await expect(author.getByRole("heading", { level: 1, name: m("versions.title") })).toBeVisible();
  const compared = author.getByRole("main");
  await expect(compared.locator("ins").filter({ hasText: "и скидки" })).toBeVisible();
  await expect(compared.locator("ins").filter({ hasText: "Задача про кешбэк" })).toBeVisible();
  await expect(compared.locator("ins").filter({ hasText: msg("ru", "reference.educationLevels.grade_7") })).toBeVisible();
  await expect(compared.getByText("Добавлена задача про кешбэк")).toBeVisible();
  await expect(compared.getByRole("heading", { level: 2, name: m("versions.to", { number: 2 }) })).toBeVisible();
  await phoneAndDesktop(author, "versions-compare");

  // Not there, or not theirs: 404.
  const missing = await author.goto(`${url}/versions?from=2&to=5`);
  expect(missing?.status()).toBe(404);
  const stranger = await signedIn("leader");
  expect((await stranger.goto(`${url}/versions`))?.status()).toBe(404);

  // In English too.
  await author.goto(`${url.replace("/ru/", "/en/")}/versions`);
  await expect(author.getByRole("heading", { level: 1, name: msg("en", "materials.versions.title") })).toBeVisible();
  await admin.goto("/en/admin/rubric");
  await expect(admin.getByRole("heading", { level: 1, name: msg("en", "admin.rubric.title") })).toBeVisible();

  // Switched off, it leaves the rubric experts see but stays listed with its use.
  await admin.goto("/ru/admin/rubric");
  const listed = admin.getByRole("main").getByRole("listitem").filter({ hasText: criterion });
  await listed.getByRole("button", { name: r("deactivateAria", { name: criterion }) }).click();
  await expect(listed).toContainText(r("inactive"));
  await expect(listed).toContainText("Применён в 1 экспертизе");
});
