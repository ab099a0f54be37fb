import fs from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, label, msg, test, type Locale } from "./fixtures";

// Every test makes its own communities through the administrator's screens, so it depends on no
// demo community. expert@ (Морозова Елена Александровна) is the leader the administrator appoints.
const expertName = "Морозова Елена Александровна";

fs.mkdirSync("screenshots", { recursive: true });

let counter = 0;
function uniqueSlug(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}${counter}`;
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

type NewCommunity = { slug: string; name: string; kind?: string; visibility?: "public" | "members"; municipality?: string };

function field(page: Page, locale: Locale, key: string): Locator {
  return page.getByRole("main").getByLabel(label(msg(locale, `communities.form.${key}`)));
}

/** Fills the creation form (the order included) and submits it; ends on the community's admin page. */
async function createCommunity(admin: Page, c: NewCommunity, locale: Locale = "ru") {
  await admin.goto(`/${locale}/admin/communities/new`);
  await field(admin, locale, "name").fill(c.name);
  await field(admin, locale, "goal").fill("Разработать банк заданий по функциональной грамотности");
  await field(admin, locale, "tasks").fill("Провести три семинара\nСобрать банк заданий");
  await field(admin, locale, "type").selectOption({ label: msg(locale, "reference.communityTypes.supra_subject") });
  await field(admin, locale, "kind").selectOption({ label: msg(locale, `reference.communityKinds.${c.kind ?? "creative_laboratory"}`) });
  await admin.getByRole("checkbox", { name: msg(locale, "reference.subjects.mathematics") }).check();
  await admin.getByRole("checkbox", { name: msg(locale, "reference.priorityThemes.functional_literacy") }).check();
  await field(admin, locale, "municipality").fill(c.municipality ?? "г. Обнинск");
  await field(admin, locale, "visibility").selectOption(c.visibility ?? "public");
  await field(admin, locale, "slug").fill(c.slug);
  await field(admin, locale, "orderNumber").fill("01-15/12");
  await field(admin, locale, "orderDate").fill("2025-09-01");
  await admin.getByRole("button", { name: msg(locale, "communities.form.create") }).click();
  await expect(admin).toHaveURL(new RegExp(`/${locale}/admin/communities/[0-9a-f-]{36}\\?created=1$`));
  await expect(admin.getByRole("heading", { level: 1, name: c.name })).toBeVisible();
}

/** On a community's admin page: picks the expert as leader and records the order. */
async function appointExpert(admin: Page, locale: Locale = "ru") {
  const form = admin.locator("form").filter({ has: admin.getByRole("button", { name: msg(locale, "communities.admin.leader.submit") }) });
  await form.getByLabel(label(msg(locale, "communities.admin.leader.user"))).fill("expert@metodset");
  await form.getByRole("button", { name: new RegExp(expertName) }).click();
  await expect(form.getByText(msg(locale, "communities.admin.leader.chosen", { name: expertName }))).toBeVisible();
  await form.getByLabel(label(msg(locale, "communities.admin.leader.orderNumber"))).fill("01-15/13");
  await form.getByLabel(label(msg(locale, "communities.admin.leader.orderDate"))).fill("2025-09-02");
  await form.getByRole("button", { name: msg(locale, "communities.admin.leader.submit") }).click();
  await expect(admin.getByText(msg(locale, "communities.admin.leader.done"))).toBeVisible();
  await expect(admin.getByText(msg(locale, "communities.admin.leader.current", { name: expertName }))).toBeVisible();
}

test("an administrator creates a community by order and appoints its leader", async ({ adminPage: admin, page }, testInfo) => {
  const slug = uniqueSlug("math-lab");
  const name = `Творческая лаборатория учителей математики ${slug.slice(-4)}`;

  // Bad input: no order number, a date in the future, an address in Cyrillic — refused, nothing typed is lost.
  await admin.goto("/ru/admin/communities/new");
  await field(admin, "ru", "name").fill(name);
  await field(admin, "ru", "slug").fill("лаборатория");
  await field(admin, "ru", "orderDate").fill("2999-01-01");
  await admin.getByRole("button", { name: msg("ru", "communities.form.create") }).click();
  await expect(admin.getByText(msg("ru", "communities.errors.orderNumberRequired"))).toBeVisible();
  await expect(admin.getByText(msg("ru", "communities.errors.dateInFuture"))).toBeVisible();
  await expect(admin.getByText(msg("ru", "communities.errors.slugFormat"))).toBeVisible();
  await expect(field(admin, "ru", "name")).toHaveValue(name);
  await admin.screenshot({ path: `screenshots/communities-admin-new-${testInfo.project.name}.png`, fullPage: true });

  await createCommunity(admin, { slug, name });
  await expect(admin.getByText(msg("ru", "communities.admin.page.created"))).toBeVisible();
  await expect(admin.getByText(msg("ru", "communities.admin.leader.none"))).toBeVisible();
  await appointExpert(admin);
  await admin.screenshot({ path: `screenshots/communities-admin-page-${testInfo.project.name}.png`, fullPage: true });

  // A second community at the same address is refused on the address field.
  await admin.goto("/ru/admin/communities/new");
  await field(admin, "ru", "slug").fill(slug);
  await field(admin, "ru", "name").fill("Другое сообщество");
  await field(admin, "ru", "goal").fill("Другая цель сообщества");
  await field(admin, "ru", "type").selectOption({ label: msg("ru", "reference.communityTypes.mono_subject") });
  await field(admin, "ru", "kind").selectOption({ label: msg("ru", "reference.communityKinds.problem_group") });
  await field(admin, "ru", "municipality").fill("г. Обнинск");
  await field(admin, "ru", "orderNumber").fill("01-15/14");
  await field(admin, "ru", "orderDate").fill("2025-09-03");
  await admin.getByRole("button", { name: msg("ru", "communities.form.create") }).click();
  await expect(admin.getByText(msg("ru", "communities.errors.addressTaken"))).toBeVisible();
  await expect(admin).toHaveURL(/\/admin\/communities\/new$/);

  // The list shows it with its leader; the public page shows the leader with public fields only.
  await admin.goto(`/ru/admin/communities?q=${slug}`);
  await expect(admin.getByRole("row").filter({ hasText: name })).toContainText(expertName);
  await page.goto(`/ru/communities/${slug}`);
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const staff = main.getByRole("region", { name: msg("ru", "communities.home.staff") });
  await expect(staff.getByRole("link", { name: expertName })).toBeVisible();
  await expect(main.getByText(msg("ru", "communities.home.creationOrder", { number: "01-15/12", date: "1 сентября 2025 г." }))).toBeVisible();
  expect(await page.content()).not.toContain("expert@metodset.demo");
});

test("the leader switches the announcements service off and its tab and section disappear", async ({ adminPage: admin, signedIn }, testInfo) => {
  const slug = uniqueSlug("services");
  const name = `Проблемная группа ${slug.slice(-4)}`;
  await createCommunity(admin, { slug, name, kind: "problem_group" });
  await appointExpert(admin);

  const leader = await signedIn("expert");
  await leader.goto(`/ru/communities/${slug}`);
  const tabs = leader.getByRole("navigation", { name: msg("ru", "communities.header.tabsLabel") });
  const announcementsTab = tabs.getByRole("link", { name: msg("ru", "communities.header.tabs.announcements") });
  const announcementsSection = leader.getByRole("heading", { level: 2, name: msg("ru", "communities.home.announcements") });
  await expect(announcementsTab).toBeVisible();
  await expect(announcementsSection).toBeVisible();

  await tabs.getByRole("link", { name: msg("ru", "communities.header.tabs.settings") }).click();
  await expect(leader).toHaveURL(new RegExp(`/ru/communities/${slug}/settings$`));
  await expect(field(leader, "ru", "name")).toHaveValue(name);
  await leader.getByRole("navigation", { name: msg("ru", "communities.settings.nav.label") }).getByRole("link", { name: msg("ru", "communities.settings.nav.services") }).click();
  await expect(leader).toHaveURL(new RegExp(`/ru/communities/${slug}/settings/services$`));
  await leader.getByRole("checkbox", { name: msg("ru", "reference.communityServices.announcements") }).uncheck();
  await leader.getByRole("button", { name: msg("ru", "communities.settings.services.submit") }).click();
  await expect(leader.getByText(msg("ru", "common.actions.saved"))).toBeVisible();
  await expect(announcementsTab).toHaveCount(0);
  await leader.screenshot({ path: `screenshots/communities-settings-services-${testInfo.project.name}.png`, fullPage: true });

  await leader.goto(`/ru/communities/${slug}`);
  await expect(leader.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(announcementsTab).toHaveCount(0);
  await expect(announcementsSection).toHaveCount(0);
  const services = leader.getByRole("region", { name: msg("ru", "communities.home.services") });
  await expect(services.getByText(msg("ru", "reference.communityServices.forum"), { exact: true })).toBeVisible();
  await expect(services.getByText(msg("ru", "reference.communityServices.announcements"), { exact: true })).toHaveCount(0);

  // The appointment reached the leader's bell.
  await leader.goto("/ru/notifications");
  await expect(leader.getByRole("main").getByText(msg("ru", "notifications.kinds.community.leaderAppointed", { community: name })).first()).toBeVisible();
});

test("a members-only community shows a guest its name, goal and how to join, and nothing else", async ({ adminPage: admin, page }) => {
  const slug = uniqueSlug("club");
  const name = `Клуб наставников ${slug.slice(-4)}`;
  await createCommunity(admin, { slug, name, kind: "network_community", visibility: "members" });

  await page.goto(`/ru/communities/${slug}`);
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(main.getByText("Разработать банк заданий по функциональной грамотности")).toBeVisible();
  await expect(main.getByText(msg("ru", "communities.home.hiddenTitle"))).toBeVisible();
  await expect(main.getByRole("heading", { name: msg("ru", "communities.home.plan") })).toHaveCount(0);
  const tabs = page.getByRole("navigation", { name: msg("ru", "communities.header.tabsLabel") });
  for (const hidden of ["members", "plan", "announcements", "settings"]) {
    await expect(tabs.getByRole("link", { name: msg("ru", `communities.header.tabs.${hidden}`) })).toHaveCount(0);
  }

  // An administrator oversees every community and reads its plan.
  await admin.goto(`/ru/communities/${slug}`);
  await expect(admin.getByRole("heading", { level: 2, name: msg("ru", "communities.home.plan") })).toBeVisible();
  await expect(admin.getByRole("navigation", { name: msg("ru", "communities.header.tabsLabel") }).getByRole("link", { name: msg("ru", "communities.header.tabs.settings") })).toBeVisible();
});

test("a liquidated community shows the archive banner with its order (in English)", async ({ adminPage: admin, page }, testInfo) => {
  const slug = uniqueSlug("archive");
  const name = `Archive group ${slug.slice(-4)}`;
  await createCommunity(admin, { slug, name }, "en");

  const form = admin.locator("form").filter({ has: admin.getByRole("button", { name: msg("en", "communities.admin.liquidate.submit") }) });
  // A liquidation dated before the creation order is refused and keeps what was typed.
  await form.getByLabel(label(msg("en", "communities.admin.liquidate.orderNumber"))).fill("01-15/99");
  await form.getByLabel(label(msg("en", "communities.admin.liquidate.orderDate"))).fill("2025-08-01");
  await form.getByRole("button", { name: msg("en", "communities.admin.liquidate.submit") }).click();
  await expect(form.getByText(msg("en", "communities.errors.liquidationBeforeCreation"))).toBeVisible();
  await expect(form.getByLabel(label(msg("en", "communities.admin.liquidate.orderNumber")))).toHaveValue("01-15/99");
  await form.getByLabel(label(msg("en", "communities.admin.liquidate.orderDate"))).fill("2026-01-20");
  await form.getByRole("button", { name: msg("en", "communities.admin.liquidate.submit") }).click();
  await expect(admin.getByText(msg("en", "communities.admin.archived", { number: "01-15/99", date: "January 20, 2026" }))).toBeVisible();

  await page.goto(`/en/communities/${slug}`);
  const banner = page.getByRole("status").filter({ hasText: msg("en", "communities.header.archivedTitle") });
  await expect(banner).toContainText(msg("en", "communities.header.archivedText", { number: "01-15/99", date: "January 20, 2026" }));
  await expect(page.getByRole("main").getByText(msg("en", "communities.catalogue.archivedBadge"), { exact: true })).toBeVisible();
  await page.screenshot({ path: `screenshots/communities-archive-${testInfo.project.name}.png`, fullPage: true });

  // Out of the catalogue by default, in it with the archive switched on.
  await page.goto(`/en/communities?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("main").getByRole("status")).toHaveText(msg("en", "communities.catalogue.empty"));
  await page.goto(`/en/communities?q=${encodeURIComponent(name)}&archived=1`);
  await expect(page.getByRole("main").getByRole("link", { name })).toBeVisible();
});

test("the catalogue filters on a phone @phone", async ({ adminPage: admin, page }, testInfo) => {
  const town = `с. Фильтрово-${Date.now().toString(36)}`;
  const workshop = `Педагогическая мастерская ${town}`;
  const group = `Проблемная группа ${town}`;
  await createCommunity(admin, { slug: uniqueSlug("workshop"), name: workshop, kind: "pedagogical_workshop", municipality: town });
  await createCommunity(admin, { slug: uniqueSlug("group"), name: group, kind: "problem_group", municipality: town });

  await page.goto("/ru/communities");
  await expect(page.getByRole("heading", { level: 1, name: msg("ru", "communities.catalogue.title") })).toBeVisible();
  const main = page.getByRole("main");
  // Folded on a phone, where they open from their summary; always open on a wide screen.
  const kind = main.getByLabel(msg("ru", "communities.catalogue.kind"), { exact: true });
  const summary = main.getByText(msg("ru", "communities.catalogue.filters"), { exact: true });
  if (testInfo.project.name === "phone") {
    await expect(kind).toBeHidden();
    await summary.click();
  } else await expect(summary).toBeHidden();
  await kind.selectOption({ label: msg("ru", "reference.communityKinds.problem_group") });
  await main.getByLabel(msg("ru", "communities.catalogue.municipality"), { exact: true }).selectOption(town);
  await main.getByRole("button", { name: msg("ru", "communities.catalogue.submit"), exact: true }).click();
  await expect(page).toHaveURL(/[?&]kind=problem_group/);
  await expect(main.getByRole("status")).toHaveText("Найдено 1 сообщество");
  const cards = main.getByRole("list", { name: msg("ru", "communities.catalogue.resultsLabel") });
  await expect(cards.getByRole("link", { name: group })).toBeVisible();
  await expect(cards.getByRole("link", { name: workshop })).toHaveCount(0);
  await expect(cards.getByText(msg("ru", "reference.joinPolicies.approval"), { exact: false })).toBeVisible();
  // The filters stay open with the active ones kept.
  await expect(kind).toHaveValue("problem_group");
  await noHorizontalScroll(page);
  await page.screenshot({ path: `screenshots/communities-catalogue-${testInfo.project.name}.png`, fullPage: true });

  await cards.getByRole("link", { name: group }).click();
  await expect(page.getByRole("heading", { level: 1, name: group })).toBeVisible();
  await noHorizontalScroll(page);
  await page.screenshot({ path: `screenshots/communities-home-${testInfo.project.name}.png`, fullPage: true });
});
