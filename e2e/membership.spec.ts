import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, label, msg, test } from "./fixtures";

// Demo data (db/seed/demo-communities.ts): "young-teachers" is members-only with the approval
// policy, led by leader@; teacher@ (Смирнова Анна Сергеевна) is not a member of it.
// "functional-literacy" is public, led by leader@ and moderated by moderator@.
const club = "young-teachers";
const clubName = "Клуб молодых педагогов";
const lab = "functional-literacy";
const teacherName = "Смирнова Анна Сергеевна";

fs.mkdirSync("screenshots", { recursive: true });

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const panel = (page: Page) => page.getByTestId("membership-panel");


test("a teacher asks to join a members-only club, the leader approves, the new member sees the members a guest cannot", async ({ page, signedIn }, testInfo) => {
  // A guest sees how to join, not who the members are.
  await page.goto(`/ru/communities/${club}/members`);
  await expect(page.getByRole("main").getByText(msg("ru", "membership.members.hiddenContent"))).toBeVisible();
  await expect(page.getByTestId("member")).toHaveCount(0);
  await expect(panel(page).getByRole("link", { name: msg("ru", "membership.panel.signInToJoin") })).toBeVisible();

  const teacher = await signedIn("participant");
  await teacher.goto(`/ru/communities/${club}`);
  const message = "Работаю первый год учителем математики, ищу наставника.";
  await panel(teacher).getByLabel(msg("ru", "membership.panel.messageLabel")).fill(message);
  await panel(teacher).getByRole("button", { name: msg("ru", "membership.panel.submitRequest"), exact: true }).click();
  await expect(panel(teacher).getByText(msg("ru", "membership.panel.pending"))).toBeVisible();
  await expect(panel(teacher).getByRole("button", { name: msg("ru", "membership.panel.withdraw") })).toBeVisible();

  const leader = await signedIn("leader");
  await leader.goto(`/ru/communities/${club}/members`);
  await leader.getByRole("link", { name: msg("ru", "membership.members.requestsLink") }).click();
  await expect(leader).toHaveURL(new RegExp(`/ru/communities/${club}/requests$`));
  const request = leader.getByTestId("request").filter({ hasText: teacherName });
  await expect(request.getByText(message)).toBeVisible();
  await leader.screenshot({ path: `screenshots/membership-requests-${testInfo.project.name}.png`, fullPage: true });

  // A rejection needs a reason: the empty form is refused and nothing changes.
  await request.locator("summary", { hasText: msg("ru", "membership.requests.reject") }).click();
  await request.getByRole("button", { name: msg("ru", "membership.requests.confirmReject") }).click();
  await expect(request.getByText(msg("ru", "membership.errors.reasonRequired"))).toBeVisible();

  await request.getByRole("button", { name: msg("ru", "membership.requests.approve") }).click();
  await expect(leader.getByTestId("request").filter({ hasText: teacherName })).toHaveCount(0);

  // The applicant is told in the bell and now reads the member list.
  await teacher.goto("/ru/notifications");
  const notice = teacher.getByRole("main").getByRole("button", { name: new RegExp(msg("ru", "notifications.kinds.membership.approved", { community: clubName }).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(teacher).toHaveURL(new RegExp(`/ru/communities/${club}$`));
  await teacher.goto(`/ru/communities/${club}/members`);
  await expect(panel(teacher).getByText(msg("ru", "membership.panel.member"))).toBeVisible();
  await expect(teacher.getByTestId("member").filter({ hasText: teacherName })).toBeVisible();
  await expect(teacher.getByTestId("member").filter({ hasText: msg("ru", "membership.roles.leader") })).toHaveCount(1);

  // The guest still does not.
  await page.reload();
  await expect(page.getByTestId("member")).toHaveCount(0);

  // "My communities" on the leader's profile lists the club.
  await leader.goto(`/ru/profile`);
  await expect(leader.getByRole("heading", { name: msg("ru", "membership.mine.title") })).toBeVisible();
  await expect(leader.getByRole("link", { name: clubName })).toBeVisible();
});

test("a moderator removes a member with a reason; a leader's card has no such action", async ({ signedIn }) => {
  const moderator = await signedIn("moderator");
  await moderator.goto(`/ru/communities/${lab}/members?role=member`);
  const removable = moderator.locator("summary", { hasText: msg("ru", "membership.members.remove") });
  const card = moderator.getByTestId("member").filter({ has: removable }).first();
  const name = (await card.locator("p").first().innerText()).trim();
  await card.locator("summary", { hasText: msg("ru", "membership.members.remove") }).click();
  await card.getByRole("button", { name: msg("ru", "membership.members.confirmRemove") }).click();
  await expect(card.getByText(msg("ru", "membership.errors.reasonRequired"))).toBeVisible();
  await card.getByLabel(label(msg("ru", "membership.members.reasonLabel"))).fill("Не участвует в работе лаборатории больше года");
  await card.getByRole("button", { name: msg("ru", "membership.members.confirmRemove") }).click();
  await expect(moderator.getByTestId("member").filter({ hasText: name })).toHaveCount(0);

  await moderator.goto(`/ru/communities/${lab}/members?role=leader`);
  const leaderCard = moderator.getByTestId("member");
  await expect(leaderCard).toHaveCount(1);
  await expect(leaderCard.locator("summary", { hasText: msg("ru", "membership.members.remove") })).toHaveCount(0);
});

test("an administrator names a representative, who then asks for the school's membership", async ({ adminPage, signedIn }) => {
  const school = "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»";
  await adminPage.goto(`/ru/organizations?q=${encodeURIComponent("СОШ № 3")}`);
  await adminPage.getByRole("main").getByRole("link", { name: "МАОУ «СОШ № 3»", exact: true }).click();
  await expect(adminPage).toHaveURL(/\/ru\/organizations\/[0-9a-f-]{36}$/);
  const id = new URL(adminPage.url()).pathname.split("/").pop();
  await adminPage.goto(`/ru/admin/organizations/${id}`);
  const section = adminPage.getByRole("region", { name: msg("ru", "membership.representatives.title") });
  // The demo names another teacher of the school; the teacher is not among the representatives yet.
  await expect(section.getByRole("button", { name: `${msg("ru", "membership.representatives.remove")}: ${teacherName}` })).toHaveCount(0);
  // Choosing nobody is refused with a message, not a crash.
  await section.getByRole("button", { name: msg("ru", "membership.representatives.add") }).click();
  await expect(section.getByText(msg("ru", "errors.required"))).toBeVisible();
  await section.getByLabel(msg("ru", "membership.representatives.userLabel")).selectOption({ label: `${teacherName} — учитель математики` });
  await section.getByRole("button", { name: msg("ru", "membership.representatives.add") }).click();
  await expect(section.getByRole("button", { name: `${msg("ru", "membership.representatives.remove")}: ${teacherName}` })).toBeVisible();

  const teacher = await signedIn("participant");
  await teacher.goto(`/ru/communities/${lab}`);
  await panel(teacher).getByRole("button", { name: msg("ru", "membership.panel.requestAsOrganization", { name: school }) }).click();
  await expect(panel(teacher).getByText(msg("ru", "membership.panel.organizationPending", { name: school }))).toBeVisible();

  const moderator = await signedIn("moderator");
  await moderator.goto(`/ru/communities/${lab}/requests`);
  await expect(moderator.getByTestId("request").filter({ hasText: msg("ru", "membership.requests.organizationRequest", { name: teacherName }) })).toBeVisible();
});

test("the member list on a phone: role filters, badges, delegations, no sideways scroll @phone", async ({ page, signedIn }, testInfo) => {
  await page.goto(`/ru/communities/${lab}/members`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: new RegExp(msg("ru", "membership.members.title")) })).toBeVisible();
  await expect(page.getByTestId("member").first()).toBeVisible();
  await expect(page.getByTestId("member").first().getByText(msg("ru", "membership.roles.leader"))).toBeVisible();
  await noHorizontalScroll(page);
  await page.screenshot({ path: `screenshots/membership-members-${testInfo.project.name}.png`, fullPage: true });

  await main.getByRole("link", { name: msg("ru", "membership.members.filters.moderator") }).click();
  await expect(page).toHaveURL(/role=moderator/);
  await expect(page.getByTestId("member").first().getByText(msg("ru", "membership.roles.moderator"))).toBeVisible();
  await expect(page.getByTestId("member").filter({ hasText: msg("ru", "membership.roles.member") })).toHaveCount(0);

  await page.goto(`/en/communities/${lab}/members?role=organization`);
  await noHorizontalScroll(page);
  await page.screenshot({ path: `screenshots/membership-organizations-en-${testInfo.project.name}.png`, fullPage: true });

  // The leader's requests page and profile ("My communities") fit as well.
  const leader = await signedIn("leader");
  for (const [name, path] of [
    ["requests", `/ru/communities/${lab}/requests`],
    ["profile", "/ru/profile"],
    ["requests-en", `/en/communities/${lab}/requests`],
  ] as const) {
    expect((await leader.goto(path))?.status(), path).toBe(200);
    await noHorizontalScroll(leader);
    await leader.screenshot({ path: `screenshots/membership-${name}-${testInfo.project.name}.png`, fullPage: true });
  }
  await expect(leader.getByRole("heading", { name: msg("en", "membership.requests.title") })).toBeVisible();
  // Not for others: a guest is sent to sign in, a participant who does not manage the community gets a 404.
  await page.goto(`/ru/communities/${lab}/requests`);
  await expect(page).toHaveURL(/\/ru\/sign-in$/);
  const teacher = await signedIn("participant");
  expect((await teacher.goto(`/ru/communities/${lab}/requests`))?.status()).toBe(404);
});
