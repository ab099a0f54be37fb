import { expect, msg, test, uniqueEmail } from "./fixtures";
import { OutboxPage } from "./pages/outbox-page";
import { RegisterPage } from "./pages/register-page";

test("the outbox lists mails newest first with times in the administrator's zone", async ({ adminPage }) => {
  const outbox = new OutboxPage(adminPage, "ru");
  await outbox.goto();
  await expect(outbox.mails.first()).toBeVisible();
  const times = await outbox.mails.locator("time").evaluateAll((nodes) => nodes.map((n) => ({ iso: n.getAttribute("datetime")!, text: n.textContent! })));
  expect(times.length).toBeGreaterThan(0);
  const instants = times.map((t) => Date.parse(t.iso));
  expect(instants).toEqual([...instants].sort((a, b) => b - a));
  // The demo administrator lives in Moscow (UTC+3), whatever the server's own zone.
  const moscow = new Intl.DateTimeFormat("ru", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Moscow" });
  for (const t of times) expect(t.text).toBe(moscow.format(new Date(t.iso)));
  await expect(outbox.main).toContainText(msg("ru", "outbox.timeZone", { zone: msg("ru", "reference.timeZones.Europe/Moscow") }));
});

test("an outbox mail shows its text as text: markup stays inert and only http(s) addresses are links", async ({ page, adminPage }) => {
  const email = uniqueEmail("markup");
  const fullName = `Иванова <img src=x onerror="window.__xss=1"> javascript:alert(1) <b>Мария</b>`;
  const register = new RegisterPage(page, "ru");
  await register.register({ fullName, email, password: "Ясный-день-над-Окой-77", organization: { search: "Гимназия", pick: "МАОУ «Гимназия № 1»" }, position: "учитель", subjects: [] });
  await expect(register.done).toBeVisible();

  const outbox = new OutboxPage(adminPage, "ru");
  await outbox.openNewest(email, msg("ru", "mail.verifyEmail.subject"));
  await expect(outbox.main).toContainText(`Здравствуйте, ${fullName}!`);
  expect(await adminPage.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  const body = outbox.main.getByRole("region", { name: msg("ru", "outbox.mail.body") });
  await expect(body.locator("img, b")).toHaveCount(0);
  const hrefs = await body.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toHaveLength(1);
  expect(hrefs[0]).toMatch(/^http:\/\/localhost:\d+\/ru\/verify-email\?token=/);
});

test("the outbox is for administrators only", async ({ page, signedIn }) => {
  await page.goto("/ru/admin/outbox");
  await expect(page).toHaveURL(/\/ru\/sign-in$/);

  const teacher = await signedIn("participant");
  const list = await teacher.goto("/ru/admin/outbox");
  expect(list?.status()).toBe(404);
  const one = await teacher.goto("/ru/admin/outbox/00000000-0000-4000-8000-000000000000");
  expect(one?.status()).toBe(404);
});

test("an unknown or malformed mail id is a 404 for an administrator too", async ({ adminPage }) => {
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
    const response = await adminPage.goto(`/ru/admin/outbox/${id}`);
    expect(response?.status(), id).toBe(404);
  }
});
