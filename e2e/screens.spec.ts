import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, msg, test, type DemoRole } from "./fixtures";
import { OutboxPage } from "./pages/outbox-page";

// Screenshots of the main screens for a human to look at (screenshots/ is git-ignored), and the
// one layout rule a machine can check: nothing is wider than the screen.

const screens: { name: string; path: string; as?: DemoRole }[] = [
  { name: "home", path: "/ru" },
  { name: "home-en", path: "/en" },
  { name: "register", path: "/ru/register" },
  { name: "sign-in", path: "/ru/sign-in" },
  { name: "profile", path: "/ru/profile", as: "participant" },
  { name: "organizations", path: "/ru/organizations" },
  { name: "admin-users", path: "/ru/admin/users", as: "administrator" },
  { name: "outbox", path: "/ru/admin/outbox", as: "administrator" },
];

fs.mkdirSync("screenshots", { recursive: true });

async function noHorizontalScroll(page: Page) {
  const { scrollWidth, viewport, offenders } = await page.evaluate(() => {
    const viewport = window.innerWidth;
    const offenders = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > viewport + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 120));
    return { scrollWidth: document.documentElement.scrollWidth, viewport, offenders };
  });
  expect(scrollWidth, `wider than the screen; e.g. ${offenders.join(" | ")}`).toBeLessThanOrEqual(viewport);
}

test.describe("screens @phone", () => {
  for (const screen of screens) {
    test(`${screen.name} fits the screen`, async ({ page, signedIn }, testInfo) => {
      const view = screen.as ? await signedIn(screen.as) : page;
      const response = await view.goto(screen.path);
      expect(response?.status(), screen.path).toBe(200);
      // The screen itself, not a sign-in page it redirected to.
      expect(new URL(view.url()).pathname).toBe(screen.path);
      await view.evaluate(() => document.fonts.ready);
      await noHorizontalScroll(view);
      await view.screenshot({ path: `screenshots/${testInfo.project.name}-${screen.name}.png`, fullPage: true, scale: "css" });
    });
  }

  test("an outbox mail with its long link fits the screen", async ({ signedIn }, testInfo) => {
    const page = await signedIn("administrator");
    const outbox = new OutboxPage(page, "ru");
    await outbox.goto();
    await outbox.mails.filter({ hasText: msg("ru", "mail.verifyEmail.subject") }).first().getByRole("link").click();
    await expect(page.getByRole("main").getByRole("link", { name: /verify-email\?token=/ })).toBeVisible();
    await noHorizontalScroll(page);
    await page.screenshot({ path: `screenshots/${testInfo.project.name}-outbox-mail.png`, fullPage: true, scale: "css" });
  });

  test("the phone menu opens and fits the screen", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "the menu button is shown on narrow screens only");
    await page.goto("/ru");
    await page.getByText(msg("ru", "common.nav.menu"), { exact: true }).click();
    await expect(page.getByRole("navigation", { name: msg("ru", "common.nav.label") }).last()).toBeVisible();
    await noHorizontalScroll(page);
    await page.screenshot({ path: `screenshots/${testInfo.project.name}-menu.png`, scale: "css" });
  });
});
