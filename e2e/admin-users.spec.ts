import fs from "node:fs";
import type { Page } from "@playwright/test";
import { demo, expect, msg, test, uniqueIp } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";

// Demo data: db/seed/demo-data.ts. The demo teacher is blocked here and unblocked again before
// the test ends (and by afterEach if it fails), because later specs sign the teacher in.

type Catalog = { [key: string]: string | Catalog };
const adminUsers = JSON.parse(fs.readFileSync(new URL("../messages/ru/adminUsers.json", import.meta.url), "utf8")) as Catalog;

/** A message of the adminUsers namespace as the browser shows it (plain `{name}` values only). */
function text(key: string, values: Record<string, string | number> = {}): string {
  const found = key.split(".").reduce<string | Catalog | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), adminUsers);
  if (typeof found !== "string") throw new Error(`No message ru:adminUsers.${key}`);
  return found.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

const teacherName = "Смирнова Анна Сергеевна";
const blockedDemoUser = "Мельников Игорь Валерьевич";
const reason = "Реклама платных курсов в сообществе (проверка e2e)";

let teacherAdminPath: string | null = null;

/** The administrator's page about the demo teacher, found through the search form. */
async function openTeacher(admin: Page) {
  await admin.goto("/ru/admin/users");
  await expect(admin.getByRole("heading", { level: 1, name: text("list.title") })).toBeVisible();
  const search = admin.getByRole("form", { name: text("list.filtersLabel") });
  await search.getByRole("searchbox", { name: text("list.search") }).fill(demo.participant);
  await search.getByRole("button", { name: text("list.submit"), exact: true }).click();
  await expect(admin).toHaveURL(/[?&]q=teacher%40metodset\.demo/);
  await expect(admin.getByRole("main").getByRole("status")).toHaveText("Найден 1 пользователь");
  await admin.getByRole("main").getByRole("link", { name: teacherName, exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1, name: teacherName })).toBeVisible();
  teacherAdminPath = new URL(admin.url()).pathname;
}

test.afterEach(async ({ adminPage }, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus || !teacherAdminPath) return;
  // Never leave the demo teacher blocked for the specs that follow.
  await adminPage.goto(teacherAdminPath);
  const unblock = adminPage.getByRole("button", { name: text("block.unblock"), exact: true });
  if (await unblock.isVisible()) {
    await unblock.click();
    await expect(adminPage.getByRole("main").getByRole("status").filter({ hasText: text("block.unblockDone") })).toBeVisible();
  }
});

test("an administrator blocks a signed-in participant, whose next page load is refused; unblocking lets them back", async ({ newPage, adminPage }) => {
  // The participant, in a browser of their own, is signed in and working.
  const teacher = await newPage({ ip: uniqueIp() });
  const signIn = new SignInPage(teacher, "ru");
  await signIn.goto();
  await signIn.signIn(demo.participant, demo.password);
  await expect(teacher).toHaveURL(/\/ru\/profile$/);

  // The administrator finds that user and sees the contacts, roles and consents.
  await openTeacher(adminPage);
  const main = adminPage.getByRole("main");
  await expect(main).toContainText(demo.participant);
  const roles = main.getByRole("region", { name: text("roles.title") });
  await expect(roles.getByRole("checkbox", { name: new RegExp(msg("ru", "common.roles.participant")) })).toBeChecked();
  await expect(roles.getByRole("checkbox", { name: new RegExp(msg("ru", "common.roles.administrator")) })).not.toBeChecked();
  await expect(main.getByRole("region", { name: text("consents.title") })).toContainText(text("consents.documents.personal_data"));

  // A block needs a reason.
  const block = main.getByRole("region", { name: text("block.title") });
  const reasonField = block.getByRole("textbox", { name: text("block.reason") });
  await block.getByRole("button", { name: text("block.submit"), exact: true }).click();
  await expect(block.getByRole("alert").filter({ hasText: text("errors.reasonRequired") })).toBeVisible();
  await expect(reasonField).toHaveAttribute("aria-invalid", "true");

  await reasonField.fill(reason);
  await block.getByRole("button", { name: text("block.submit"), exact: true }).click();
  await expect(main.getByRole("status").filter({ hasText: text("block.done") })).toBeVisible();
  await expect(block.getByText(text("block.blockedReason", { reason }))).toBeVisible();
  const audit = main.getByRole("region", { name: text("audit.title") });
  await expect(audit.getByRole("listitem").first()).toContainText(text("audit.actions.user.block"));
  await expect(audit.getByRole("listitem").first()).toContainText(reason);

  // The participant's very next page load is refused with the blocked message.
  await teacher.goto("/ru/profile");
  await expect(teacher).toHaveURL(/\/ru\/sign-in\?reason=blocked$/);
  await expect(signIn.main.getByRole("alert").filter({ hasText: msg("ru", "auth.signIn.reasonBlocked") })).toBeVisible();

  // Signing in again is refused while the block lasts.
  await signIn.signIn(demo.participant, demo.password);
  await expect(signIn.main.getByRole("alert").getByText(msg("ru", "errors.blocked"), { exact: true })).toBeVisible();
  await expect(teacher).toHaveURL(/\/ru\/sign-in/);

  // Unblocked, the participant signs in again.
  await block.getByRole("button", { name: text("block.unblock"), exact: true }).click();
  await expect(main.getByRole("status").filter({ hasText: text("block.unblockDone") })).toBeVisible();
  await expect(block.getByRole("button", { name: text("block.submit"), exact: true })).toBeVisible();
  await signIn.signIn(demo.participant, demo.password);
  await expect(teacher).toHaveURL(/\/ru\/profile$/);
});

test("the only administrator cannot block themselves or drop the administrator role", async ({ adminPage }) => {
  await adminPage.goto(`/ru/admin/users?q=${encodeURIComponent(demo.administrator)}`);
  await adminPage.getByRole("main").getByRole("link", { name: "Соколова Ирина Владимировна", exact: true }).click();
  const main = adminPage.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: "Соколова Ирина Владимировна" })).toBeVisible();
  const block = main.getByRole("region", { name: text("block.title") });
  await expect(block).toContainText(text("block.selfNotice"));
  await expect(block.getByRole("button")).toHaveCount(0);

  const roles = main.getByRole("region", { name: text("roles.title") });
  const administrator = roles.getByRole("checkbox", { name: new RegExp(msg("ru", "common.roles.administrator")) });
  await administrator.uncheck();
  await roles.getByRole("button", { name: text("roles.save"), exact: true }).click();
  // The demo has one administrator, so the platform-wide rule is the one reported.
  await expect(roles.getByRole("alert").filter({ hasText: text("errors.lastAdministrator") })).toBeVisible();
  await adminPage.reload();
  await expect(administrator).toBeChecked();
});

test("the user list filters by state and becomes cards on a phone @phone", async ({ adminPage }) => {
  await adminPage.setViewportSize({ width: 360, height: 780 });
  await adminPage.goto("/ru/admin/users");
  await adminPage.getByRole("combobox", { name: text("list.status") }).selectOption({ label: text("list.statuses.blocked") });
  await adminPage.getByRole("form", { name: text("list.filtersLabel") }).getByRole("button", { name: text("list.submit"), exact: true }).click();
  await expect(adminPage).toHaveURL(/[?&]status=blocked/);

  const cards = adminPage.getByRole("main").getByRole("list", { name: text("list.tableLabel") });
  await expect(cards).toBeVisible();
  await expect(adminPage.getByRole("main").getByRole("table")).toBeHidden();
  await expect(cards.getByRole("link", { name: blockedDemoUser, exact: true })).toBeVisible();
  await expect(cards.getByRole("listitem").first()).toContainText(text("status.blocked"));

  const overflow = await adminPage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the approval setting is saved and shown again after a reload", async ({ adminPage }) => {
  const setting = adminPage.getByRole("main").getByRole("checkbox", { name: new RegExp(text("settings.requireAccountApproval")) });
  const save = adminPage.getByRole("main").getByRole("button", { name: text("settings.save"), exact: true });
  await adminPage.goto("/ru/admin/settings");
  await expect(adminPage.getByRole("heading", { level: 1, name: text("settings.title") })).toBeVisible();
  await expect(setting).not.toBeChecked();
  try {
    await setting.check();
    await save.click();
    await expect(adminPage.getByRole("main").getByRole("status").filter({ hasText: text("settings.saved") })).toBeVisible();
    await adminPage.reload();
    await expect(setting).toBeChecked();
  } finally {
    // Registrations in other specs expect accounts to be active at once.
    await adminPage.goto("/ru/admin/settings");
    if (await setting.isChecked()) {
      await setting.uncheck();
      await save.click();
      await expect(adminPage.getByRole("main").getByRole("status").filter({ hasText: text("settings.saved") })).toBeVisible();
    }
  }
  await adminPage.reload();
  await expect(setting).not.toBeChecked();
});
