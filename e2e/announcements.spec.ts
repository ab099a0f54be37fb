import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, label, msg, test } from "./fixtures";

// Demo data (db/seed/demo-communities.ts): leader@ leads the public "functional-literacy" and
// moderator@ moderates it (an active member); teacher@ is not a member of it and does not follow
// it; "young-teachers" is members-only.
const lab = "functional-literacy";
const labName = "Лаборатория функциональной грамотности";

fs.mkdirSync("screenshots", { recursive: true });


async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("the leader publishes an announcement; it reaches a member's bell and feed, not an outsider's", async ({ signedIn }) => {
  const title = `Заседание лаборатории ${Date.now().toString(36)}`;
  const leader = await signedIn("leader");
  await leader.goto(`/ru/communities/${lab}/announcements`);
  await expect(leader.getByRole("main").getByRole("heading", { level: 2, name: msg("ru", "announcements.title"), exact: true })).toBeVisible();
  const main = leader.getByRole("main");

  // Nothing typed is lost on a refusal: the empty title is reported, the text stays.
  await main.getByLabel(label(msg("ru", "announcements.fields.body"))).fill("Приглашаем всех участников.\n\nПовестка: <b>итоги</b> диагностики.");
  await main.getByRole("button", { name: msg("ru", "announcements.publish") }).click();
  await expect(main.getByText(msg("ru", "errors.required"))).toBeVisible();
  await expect(main.getByLabel(label(msg("ru", "announcements.fields.body")))).toHaveValue(/Повестка/);

  await main.getByLabel(label(msg("ru", "announcements.fields.title"))).fill(title);
  await main.getByRole("button", { name: msg("ru", "announcements.publish") }).click();
  await expect(main.getByText(msg("ru", "announcements.published"))).toBeVisible();
  const article = main.getByRole("article", { name: title });
  await expect(article).toBeVisible();
  // Plain text: the tag is shown as typed, never rendered.
  await expect(article.getByText("Повестка: <b>итоги</b> диагностики.")).toBeVisible();
  await expect(main.getByLabel(label(msg("ru", "announcements.fields.title")))).toHaveValue("");

  const member = await signedIn("moderator");
  await member.goto("/ru/feed");
  await expect(member.getByRole("heading", { level: 1, name: msg("ru", "feed.title") })).toBeVisible();
  const inFeed = member.getByRole("main").getByRole("article", { name: title });
  await expect(inFeed).toBeVisible();
  await expect(inFeed.getByRole("link", { name: msg("ru", "feed.community", { name: labName }) })).toBeVisible();

  const bell = member.getByRole("banner").getByRole("link", { name: /^Уведомления, непрочитанных: [1-9]\d*$/ }).first();
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(member).toHaveURL(/\/ru\/notifications$/);
  const notice = member.getByRole("main").getByRole("button", { name: new RegExp(title) });
  await expect(notice).toContainText(msg("ru", "notifications.kinds.announcement.published", { channel: labName, title }));
  await member.screenshot({ path: "screenshots/notifications-desktop.png", fullPage: true });
  await notice.click();
  await expect(member).toHaveURL(new RegExp(`/ru/communities/${lab}/announcements$`));
  await member.goto("/ru/notifications");
  await expect(member.getByRole("main").getByRole("button", { name: new RegExp(title) })).not.toContainText(msg("ru", "notifications.page.unread"));

  const outsider = await signedIn("participant");
  await outsider.goto("/ru/feed");
  await expect(outsider.getByRole("heading", { level: 1, name: msg("ru", "feed.title") })).toBeVisible();
  await expect(outsider.getByRole("main").getByText(title)).toHaveCount(0);
  await outsider.goto("/ru/notifications");
  await expect(outsider.getByRole("main").getByText(title)).toHaveCount(0);
});

test("mark all read empties the bell", async ({ signedIn }) => {
  const leader = await signedIn("leader");
  await leader.goto(`/ru/communities/${lab}/announcements`);
  const form = leader.getByRole("main");
  await form.getByLabel(label(msg("ru", "announcements.fields.title"))).fill(`Напоминание ${Date.now().toString(36)}`);
  await form.getByLabel(label(msg("ru", "announcements.fields.body"))).fill("Сдайте задания до пятницы.");
  await form.getByRole("button", { name: msg("ru", "announcements.publish") }).click();
  await expect(form.getByText(msg("ru", "announcements.published"))).toBeVisible();

  const member = await signedIn("moderator");
  await member.goto("/ru/notifications");
  await expect(member.getByRole("banner").getByRole("link", { name: /^Уведомления, непрочитанных: [1-9]\d*$/ }).first()).toBeVisible();
  await member.getByRole("button", { name: msg("ru", "notifications.page.markAllRead") }).click();
  await expect(member.getByRole("banner").getByRole("link", { name: msg("ru", "notifications.bell.label", { count: 0 }) }).first()).toBeVisible();
  await expect(member.getByRole("button", { name: msg("ru", "notifications.page.markAllRead") })).toHaveCount(0);
  await expect(member.getByRole("main").getByText(msg("ru", "notifications.page.unread"))).toHaveCount(0);
});

test("the plan on a phone: cards, a refused date range keeps the input, a new item appears @phone", async ({ page, signedIn }, testInfo) => {
  await page.goto(`/ru/communities/${lab}/plan`);
  await expect(page.getByRole("main").getByRole("heading", { level: 2, name: msg("ru", "plan.title"), exact: true })).toBeVisible();
  const isPhone = testInfo.project.name === "phone";
  // Cards on a phone, a table on a desktop.
  await expect(page.getByRole("main").getByRole("list", { name: msg("ru", "plan.title") })).toBeVisible({ visible: isPhone });
  await expect(page.getByRole("main").getByRole("table")).toBeVisible({ visible: !isPhone });
  await expect(page.getByRole("main").getByRole("heading", { name: msg("ru", "plan.addTitle") })).toHaveCount(0);
  await noHorizontalScroll(page);
  await page.screenshot({ path: `screenshots/plan-guest-${testInfo.project.name}.png`, fullPage: true });

  const leader = await signedIn("leader");
  await leader.goto(`/ru/communities/${lab}/plan`);
  const main = leader.getByRole("main");
  const title = `Открытый урок ${Date.now().toString(36)}`;
  await main.getByLabel(label(msg("ru", "plan.fields.title"))).fill(title);
  await main.getByLabel(label(msg("ru", "plan.fields.startsOn"))).fill("2026-04-10");
  await main.getByLabel(label(msg("ru", "plan.fields.endsOn"))).fill("2026-04-01");
  await main.getByRole("button", { name: msg("ru", "plan.add") }).click();
  await expect(main.getByText(msg("ru", "plan.errors.endBeforeStart"))).toBeVisible();
  await expect(main.getByLabel(label(msg("ru", "plan.fields.title")))).toHaveValue(title);

  await main.getByLabel(label(msg("ru", "plan.fields.endsOn"))).fill("2026-04-12");
  await main.getByLabel(label(msg("ru", "plan.fields.link"))).fill("javascript:alert(1)");
  await main.getByRole("button", { name: msg("ru", "plan.add") }).click();
  await expect(main.getByText(msg("ru", "plan.errors.linkInvalid"))).toBeVisible();
  await main.getByLabel(label(msg("ru", "plan.fields.link"))).fill("https://metodset.example/lesson");
  await main.getByLabel(label(msg("ru", "plan.fields.status"))).selectOption({ label: msg("ru", "reference.planItemStatuses.in_progress") });
  await main.getByRole("button", { name: msg("ru", "plan.add") }).click();
  await expect(main.getByText(msg("ru", "plan.created"))).toBeVisible();
  await expect(main.getByText(title, { exact: true }).filter({ visible: true })).toBeVisible();
  await noHorizontalScroll(leader);
  await leader.screenshot({ path: `screenshots/plan-leader-${testInfo.project.name}.png`, fullPage: true });
});

test("the plan downloads as an XLSX file; a members-only plan does not for a guest", async ({ page }) => {
  await page.goto(`/ru/communities/${lab}/plan`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: msg("ru", "plan.download") }).click()]);
  expect(download.suggestedFilename()).toBe(`plan-${lab}.xlsx`);
  const file = fs.readFileSync((await download.path())!);
  expect(file.subarray(0, 2).toString()).toBe("PK"); // a zip container, as .xlsx is

  const response = await page.request.get(`/api/communities/${lab}/plan.xlsx?locale=en`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect((await page.request.get("/api/communities/young-teachers/plan.xlsx")).status()).toBe(404);
});

test("screens of the new pages fit a phone and a desktop @phone", async ({ signedIn }, testInfo) => {
  const member = await signedIn("moderator");
  for (const [name, path] of [
    ["feed", "/ru/feed"],
    ["notifications", "/ru/notifications"],
    ["announcements", `/ru/communities/${lab}/announcements`],
    ["feed-en", "/en/feed"],
  ] as const) {
    const response = await member.goto(path);
    expect(response?.status(), path).toBe(200);
    await noHorizontalScroll(member);
    await member.screenshot({ path: `screenshots/${name}-${testInfo.project.name}.png`, fullPage: testInfo.project.name !== "phone" });
  }
  // The organization page with its channel: the centre's own news, followed by moderator@.
  await member.goto(`/ru/organizations?q=${encodeURIComponent("ИМЦ")}`);
  await member.getByRole("main").getByRole("link", { name: /ИМЦ/ }).first().click();
  await expect(member.getByRole("heading", { level: 2, name: msg("ru", "announcements.organization.title") })).toBeVisible();
  await expect(member.getByRole("button", { name: msg("ru", "feed.follow.unfollow") })).toBeVisible();
  await noHorizontalScroll(member);
  await member.screenshot({ path: `screenshots/organization-channel-${testInfo.project.name}.png`, fullPage: testInfo.project.name !== "phone" });
});
