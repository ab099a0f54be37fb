import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, label, msg, test } from "./fixtures";

// Demo data: moderator@ is an active member of "functional-literacy", which leader@ leads;
// expert@ holds the expert role. The material goes through the whole workflow of SPEC §5.
const labName = "Лаборатория функциональной грамотности";
const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

fs.mkdirSync("screenshots", { recursive: true });

const m = (key: string, values: Record<string, string | number> = {}) => msg("ru", `materials.${key}`, values);

async function openMaterial(page: Page, title: string) {
  await page.goto("/ru/materials/mine");
  await page.getByRole("main").getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

async function review(expert: Page, url: string, title: string, verdict: "return" | "publish", summary: string) {
  // The expert's desk lists it: assigned to them, or in the open queue to take.
  await expert.goto("/ru/materials/review");
  await expect(expert.getByRole("main").getByRole("link", { name: title }).first()).toBeVisible();
  await expert.goto(url);
  const take = expert.getByRole("button", { name: m("take.button") });
  const open = expert.getByRole("link", { name: m("review.open") });
  await expect(take.or(open)).toBeVisible();
  if (await take.isVisible()) await take.click();
  await open.click();
  await expect(expert.getByRole("heading", { level: 1, name: m("review.title") })).toBeVisible();
  const main = expert.getByRole("main");
  // Incomplete scores are refused and what was typed stays.
  await main.getByLabel(m("review.summary")).fill(summary);
  await main.getByRole("radio", { name: m(`page.verdicts.${verdict}`) }).check();
  await main.getByRole("button", { name: m("review.submit") }).click();
  await expect(main.getByText(m("errors.scoreRange")).first()).toBeVisible();
  await expect(main.getByLabel(m("review.summary"))).toHaveValue(summary);
  for (const select of await main.getByLabel(m("review.score")).all()) await select.selectOption(verdict === "publish" ? "3" : "1");
  await main.getByRole("button", { name: m("review.submit") }).click();
  await expect(expert.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("a material goes from draft to published through review, and a guest finds, opens and downloads it", async ({ signedIn, newPage }) => {
  test.setTimeout(120_000);
  const stamp = `q${Date.now().toString(36)}`;
  const title = `Дроби вокруг нас: урок-исследование ${stamp}`;

  // The author writes a draft; a refusal keeps what was typed.
  const author = await signedIn("moderator");
  await author.goto("/ru/materials/new");
  const form = author.getByRole("main");
  await form.getByLabel(label(m("fields.title"))).fill(title);
  await form.getByRole("button", { name: m("saveDraft") }).click();
  await expect(form.getByText(msg("ru", "errors.required")).first()).toBeVisible();
  await expect(form.getByLabel(label(m("fields.title")))).toHaveValue(title);
  await form.getByLabel(label(m("fields.kind"))).selectOption("lesson_plan");
  await form.getByLabel(label(m("fields.abstract"))).fill("Урок математики в 5 классе: дроби в задачах из жизни, с заданиями на функциональную грамотность.");
  await form.getByLabel(m("fields.body")).fill("## Ход урока\n\n1. Мотивация\n2. Исследование\n\n<script>alert(1)</script>");
  await form.getByRole("checkbox", { name: msg("ru", "reference.subjects.mathematics") }).check();
  await form.getByRole("checkbox", { name: msg("ru", "reference.educationLevels.grade_5") }).check();
  await form.getByLabel(m("fields.tags")).fill("дроби, исследование");
  await form.getByLabel(label(m("fields.licence"))).selectOption("cc_by");
  await form.getByLabel(m("fields.communityId")).selectOption({ label: labName });
  await form.getByRole("button", { name: m("saveDraft") }).click();
  await expect(author.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(author.getByText(m("saved"))).toBeVisible();
  // Markdown is rendered; the script tag stays text.
  await expect(author.getByRole("heading", { level: 3, name: "Ход урока" })).toBeVisible();
  await expect(author.getByText("<script>alert(1)</script>")).toBeVisible();

  // A forged file is refused in words; a real PDF is attached.
  await author.getByLabel(m("files.choose")).setInputFiles({ name: "урок.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><body>not a pdf</body></html>") });
  await author.getByRole("button", { name: m("files.add") }).click();
  await expect(author.getByText(m("errors.typeNotAllowed"))).toBeVisible();
  await author.getByLabel(m("files.choose")).setInputFiles({ name: "Конспект урока.pdf", mimeType: "application/pdf", buffer: pdf });
  await author.getByRole("button", { name: m("files.add") }).click();
  await expect(author.getByText("Конспект урока.pdf")).toBeVisible();
  await author.screenshot({ path: "screenshots/material-draft-desktop.png", fullPage: true });
  await author.getByRole("button", { name: m("submit.button") }).click();
  await expect(author.getByText(m("page.awaitingNote"))).toBeVisible();

  // The community's leader assigns the expert.
  const leader = await signedIn("leader");
  await leader.goto(author.url().replace(/\?.*$/, ""));
  await leader.getByLabel(m("assign.expert")).selectOption({ label: "Морозова Елена Александровна" });
  await leader.getByRole("button", { name: m("assign.button") }).click();
  await expect(leader.getByText(msg("ru", "materials.statuses.under_review")).first()).toBeVisible();

  // The expert returns it; the author revises and sends it again; the expert publishes it.
  const expert = await signedIn("expert");
  const url = author.url().replace(/\?.*$/, "");
  await review(expert, url, title, "return", "Добавьте критерии оценивания.");
  await expect(expert.getByText(m("page.verdicts.return")).first()).toBeVisible();
  await openMaterial(author, title);
  await expect(author.getByText(m("page.returnedNote"))).toBeVisible();
  await author.getByRole("link", { name: m("edit"), exact: true }).click();
  await author.getByLabel(m("fields.body")).fill("## Ход урока\n\n1. Мотивация\n2. Исследование\n\n## Критерии оценивания\n\nПо 2 балла за задание.");
  await author.getByRole("button", { name: m("saveDraft") }).click();
  await expect(author.getByRole("heading", { level: 3, name: "Критерии оценивания" })).toBeVisible();
  await author.getByLabel(m("submit.note")).fill("Добавлены критерии");
  await author.getByRole("button", { name: m("submit.button") }).click();
  await expect(author.getByText(m("page.awaitingNote"))).toBeVisible();
  await review(expert, url, title, "publish", "Материал готов к публикации.");
  await expect(expert.getByText(m("statuses.published")).first()).toBeVisible();

  // A guest finds it by inflected words, opens it and downloads the file; the counters rise.
  const guest = await newPage();
  await guest.goto(`/ru/materials?q=${encodeURIComponent(`дробями ${stamp}`)}`);
  await expect(guest.getByRole("status")).toHaveText(/1/);
  await guest.getByRole("link", { name: title }).click();
  await expect(guest.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(guest.getByText(m("page.verdicts.publish"))).toBeVisible();
  const download = await guest.request.get(await guest.getByRole("link", { name: m("page.download") }).getAttribute("href") as string);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await download.body())).toEqual(pdf);
  // Two views: the expert's, landing on the published material, and the guest's.
  await expect(async () => {
    await guest.reload();
    await expect(guest.getByText(m("page.views", { count: 2 }), { exact: true })).toBeVisible({ timeout: 1_000 });
    await expect(guest.getByText(m("page.downloads", { count: 1 }), { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await guest.screenshot({ path: "screenshots/material-published-desktop.png", fullPage: true });
});

test("the bank searches with facets on a phone @phone", async ({ page }) => {
  await page.goto("/ru/materials?subject=mathematics");
  await expect(page.getByRole("heading", { level: 1, name: m("title") })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: new RegExp(msg("ru", "reference.subjects.mathematics")) })).toBeChecked();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `screenshots/materials-bank-${test.info().project.name}.png`, fullPage: true });
  await page.goto("/en/materials");
  await expect(page.getByRole("heading", { level: 1, name: msg("en", "materials.title") })).toBeVisible();
});
