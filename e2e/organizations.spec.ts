import fs from "node:fs";
import { expect, label, msg, test } from "./fixtures";

// Demo data: db/seed/demo-data.ts. "Гимназия № 1" is approved and has public members; the
// Kriv school was requested at registration by Калинина О. В. and waits for an administrator.
const gymnasium = "МАОУ «Гимназия № 1»";
const gymnasiumMember = "Морозова Елена Александровна";
const pendingName = "МКОУ «Кривская основная общеобразовательная школа»";
const pendingRequester = "Калинина Оксана Викторовна";

const catalog = JSON.parse(fs.readFileSync(new URL("../messages/ru/organizations.json", import.meta.url), "utf8")) as Record<string, unknown>;
/** Russian UI text of a key in messages/ru/organizations.json, `{name}` values filled in. */
function t(key: string, values: Record<string, string> = {}): string {
  const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
  if (typeof text !== "string") throw new Error(`No message organizations.${key}`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

test("a guest searches the directory and opens an organization @phone", async ({ page }) => {
  await page.goto("/ru/organizations");
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1, name: t("directory.title") })).toBeVisible();

  await main.getByLabel(label(t("directory.kind"))).selectOption({ label: msg("ru", "reference.organizationKinds.school") });
  await main.getByLabel(label(t("directory.search"))).fill("гимназия");
  await main.getByRole("button", { name: t("directory.submit"), exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page).toHaveURL(/[?&]kind=school/);
  await expect(main.getByRole("status")).toContainText("Найдена 1 организация");

  await main.getByRole("link", { name: gymnasium, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: gymnasium })).toBeVisible();
  await expect(main.getByText(msg("ru", "reference.organizationKinds.school"), { exact: true })).toBeVisible();
  await expect(main.getByRole("heading", { level: 2, name: t("page.members") })).toBeVisible();
  await main.getByRole("link", { name: gymnasiumMember }).click();
  await expect(page).toHaveURL(/\/ru\/users\//);
  await expect(page.getByRole("heading", { level: 1, name: gymnasiumMember })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: gymnasium })).toBeVisible();

  // Public fields only, and nothing wider than the screen.
  expect(await page.content()).not.toContain("@metodset.demo");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("an administrator approves the pending demo organization", async ({ page, adminPage }) => {
  const search = `/ru/organizations?q=${encodeURIComponent("Кривская")}`;
  // Before approval the request is not in the public directory.
  await page.goto(search);
  await expect(page.getByRole("main").getByRole("status")).toHaveText(t("directory.empty"));

  await adminPage.goto("/ru/admin/organizations");
  const main = adminPage.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: t("admin.requests.title") })).toBeVisible();
  const request = main.getByRole("article", { name: pendingName });
  await expect(request.getByRole("link", { name: pendingRequester })).toBeVisible();

  await request.getByRole("button", { name: t("admin.requests.approve"), exact: true }).click();
  await expect(main.getByText(t("admin.requests.approved"))).toBeVisible();
  await expect(main.getByRole("article", { name: pendingName })).toHaveCount(0);

  // Now anyone finds it and opens its page.
  await page.goto(search);
  await page.getByRole("main").getByRole("link", { name: pendingName, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: pendingName })).toBeVisible();
});

test("the administration of organizations is not for participants", async ({ page, signedIn }) => {
  await page.goto("/ru/admin/organizations");
  await expect(page).toHaveURL(/\/ru\/sign-in$/);
  const teacher = await signedIn("participant");
  expect((await teacher.goto("/ru/admin/organizations"))?.status()).toBe(404);
  expect((await teacher.goto("/ru/admin/organizations/new"))?.status()).toBe(404);
});
