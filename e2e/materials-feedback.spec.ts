import fs from "node:fs";
import { expect, label, msg, test } from "./fixtures";

// A colleague rates a published material, records experience of use, keeps it in favourites
// and in a new collection. Demo data: teacher@ is the author of only some demo materials.

fs.mkdirSync("screenshots", { recursive: true });
const m = (key: string, values: Record<string, string | number> = {}) => msg("ru", `materials.${key}`, values);

test("a colleague rates a material, shares experience of using it and collects it", async ({ signedIn }) => {
  test.setTimeout(90_000);
  const teacher = await signedIn("participant");
  const main = teacher.getByRole("main");

  // The newest published material the teacher did not write.
  await teacher.goto("/ru/materials?sort=newest");
  const links = await main.getByRole("list").first().getByRole("heading", { level: 3 }).getByRole("link").all();
  const hrefs = await Promise.all(links.slice(0, 8).map((l) => l.getAttribute("href")));
  let title = "";
  for (const href of hrefs) {
    await teacher.goto(href!);
    if (await main.getByText(m("feedback.rate"), { exact: true }).isVisible()) {
      title = (await teacher.getByRole("heading", { level: 1 }).textContent())!;
      break;
    }
  }
  expect(title).not.toBe("");
  const materialUrl = teacher.url();

  // A rating saves at once and can be changed.
  // (The labels are plural forms, which the test's message helper does not expand.)
  await main.getByRole("radio", { name: "4 звезды" }).check();
  await expect(main.getByText(m("feedback.rated", { score: 4 }))).toBeVisible();
  await teacher.reload();
  await expect(main.getByRole("radio", { name: "4 звезды" })).toBeChecked();
  await main.getByRole("radio", { name: "5 звёзд" }).check();
  await expect(main.getByText(m("feedback.rated", { score: 5 }))).toBeVisible();

  // Experience of use: a refusal keeps what was typed.
  const grade = "6 «В» класс";
  await main.getByLabel(label(m("feedback.grade"))).fill(grade);
  await main.getByLabel(label(m("feedback.context"))).fill("коротко");
  await main.getByRole("button", { name: m("feedback.shareExperience") }).click();
  await expect(main.getByText(msg("ru", "errors.required")).first()).toBeVisible();
  await expect(main.getByLabel(label(m("feedback.grade")))).toHaveValue(grade);
  await main.getByLabel(label(m("feedback.context"))).fill("Провела урок по разработке на неделе математики, сократила разминку.");
  await main.getByLabel(label(m("feedback.result"))).fill("Класс справился с заданиями, ребята просили ещё таких задач.");
  await main.getByRole("button", { name: m("feedback.shareExperience") }).click();
  await expect(main.getByText(m("feedback.experienceSaved"))).toBeVisible();
  await expect(main.getByText("Провела урок по разработке на неделе математики, сократила разминку.")).toBeVisible();
  await expect(main.getByLabel(label(m("feedback.grade")))).toHaveValue("");

  // Favourites, then a new collection holding it.
  await main.getByRole("button", { name: m("collections.addFavourite") }).click();
  await expect(main.getByRole("button", { name: m("collections.inFavourites") })).toHaveAttribute("aria-pressed", "true");
  await teacher.screenshot({ path: "screenshots/material-feedback-desktop.png", fullPage: true });
  await teacher.goto("/ru/materials/collections");
  await expect(main.getByRole("link", { name: title }).first()).toBeVisible();
  await main.getByLabel(label(m("collections.titleField"))).fill("ab");
  await main.getByRole("button", { name: m("collections.create") }).click();
  await expect(main.getByText(msg("ru", "errors.required")).first()).toBeVisible();
  const collection = `Для МО ${Date.now().toString(36)}`;
  await main.getByLabel(label(m("collections.titleField"))).fill(collection);
  await main.getByRole("button", { name: m("collections.create") }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: collection })).toBeVisible();
  const collectionUrl = teacher.url();
  await teacher.goto(materialUrl);
  await main.getByRole("checkbox", { name: collection }).check();
  await expect(main.getByRole("checkbox", { name: collection })).toBeChecked();
  await teacher.goto(collectionUrl);
  await expect(main.getByRole("link", { name: title })).toBeVisible();
});

test("collections on a phone, in both languages @phone", async ({ page }) => {
  await page.goto("/ru/materials/collections");
  await expect(page.getByRole("heading", { level: 1, name: m("collections.title") })).toBeVisible();
  await expect(page.getByRole("link", { name: "Рекомендовано методическим центром" })).toBeVisible();
  await page.getByRole("link", { name: "Рекомендовано методическим центром" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Рекомендовано методическим центром" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `screenshots/collection-${test.info().project.name}.png`, fullPage: true });
  await page.getByRole("main").getByRole("link").nth(1).click();
  await expect(page.getByText(msg("ru", "materials.feedback.ratingTitle"))).toBeVisible();
  await page.screenshot({ path: `screenshots/material-guest-${test.info().project.name}.png`, fullPage: true });
  await page.goto("/en/materials/collections");
  await expect(page.getByRole("heading", { level: 1, name: msg("en", "materials.collections.title") })).toBeVisible();
});
