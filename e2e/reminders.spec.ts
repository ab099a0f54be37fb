import fs from "node:fs";
import { expect, msg, test, type Locale } from "./fixtures";
import { OutboxPage } from "./pages/outbox-page";

// Event reminders (issue 5 item 9): a participant registered for an event starting within the hour gets
// the hour's reminder in the bell and by e-mail (the e2e server sweeps every 5 s); a user turns the
// e-mail reminders off in the profile and the choice stays.

fs.mkdirSync("screenshots", { recursive: true });

/** The wall date and time in Moscow `minutes` from now, as the event form's inputs want them. */
function moscowWall(minutes: number): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(
    new Date(Date.now() + minutes * 60_000),
  );
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}` };
}

test("a participant registered for an event starting soon gets the reminder in the bell and by e-mail", async ({ signedIn, adminPage }) => {
  test.setTimeout(120_000);
  const title = `Вебинар-напоминание ${Date.now().toString(36)}`;
  const start = moscowWall(50);
  const end = moscowWall(110);

  const leader = await signedIn("leader");
  await leader.goto("/ru/events/new");
  await leader.locator("#event-communityId").selectOption({ label: "Лаборатория функциональной грамотности" });
  await leader.locator("#event-form").selectOption("webinar");
  await leader.locator("#event-title").fill(title);
  await leader.locator("#event-startDate").fill(start.date);
  await leader.locator("#event-startTime").fill(start.time);
  await leader.locator("#event-endDate").fill(end.date);
  await leader.locator("#event-endTime").fill(end.time);
  await leader.locator("#event-timeZone").selectOption("Europe/Moscow");
  await leader.locator("#event-meetingUrl").fill("https://meet.example.test/reminder");
  await leader.getByRole("button", { name: msg("ru", "events.form.create") }).click();
  await expect(leader).toHaveURL(/\/ru\/events\/[0-9a-f-]{36}\?saved=1$/);
  const eventPath = new URL(leader.url()).pathname;

  const teacher = await signedIn("participant");
  await teacher.goto(eventPath);
  const panel = teacher.getByTestId("registration-panel");
  await panel.getByRole("button", { name: msg("ru", "events.registration.panel.register") }).click();
  await expect(panel.getByRole("status")).toHaveText(msg("ru", "events.registration.panel.registered"));

  // The next sweep (every 5 s here, every minute by default) queues the hour's reminder; a worker sends it.
  const reminder = teacher.getByRole("main").getByRole("button", { name: new RegExp(`Напоминание: «${title}» начнётся`) });
  await expect(async () => {
    await teacher.goto("/ru/notifications");
    await expect(reminder).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [2_000] });
  await teacher.screenshot({ path: "screenshots/reminder-bell-1280.png", fullPage: true });
  await reminder.click();
  await expect(teacher).toHaveURL(new RegExp(`${eventPath}$`));

  // The mail names the event's zone; its link leads to the event.
  const outbox = new OutboxPage(adminPage, "ru");
  await outbox.openNewest("teacher@metodset.demo", `Скоро начало: «${title}»`);
  await expect(outbox.main).toContainText(`(время события: ${msg("ru", "reference.timeZones.Europe/Moscow")})`);
  expect(await outbox.linkTo(eventPath)).toMatch(new RegExp(`^http://localhost:\\d+${eventPath}$`));
});

for (const [locale, tag] of [["ru", ""], ["en", " @phone"]] as const) {
  test(`a user turns e-mail reminders off in the profile and the choice stays (${locale})${tag}`, async ({ signedIn }) => {
    const t = (key: string) => msg(locale as Locale, `profile.reminders.${key}`);
    const page = await signedIn(locale === "ru" ? "expert" : "methodist");
    await page.goto(`/${locale}/profile`);
    const card = page.getByRole("main").locator("section").filter({ has: page.getByRole("heading", { name: t("title") }) });
    const email = card.getByRole("checkbox", { name: t("email") });
    const bell = card.getByRole("checkbox", { name: t("inApp") });
    await expect(email).toBeChecked();
    await expect(bell).toBeChecked();
    await email.uncheck();
    await card.getByRole("button", { name: t("save") }).click();
    await expect(card.getByRole("status")).toHaveText(t("saved"));
    const width = page.viewportSize()!.width;
    await page.screenshot({ path: `screenshots/reminder-settings-${locale}-${width}.png`, fullPage: true });

    await page.reload();
    await expect(email).not.toBeChecked();
    await expect(bell).toBeChecked();
    await expect(card.getByRole("checkbox", { name: t("hourBefore") })).toBeChecked();

    // Back to the defaults, so a second run (the phone project) starts from the same state.
    await email.check();
    await card.getByRole("button", { name: t("save") }).click();
    await expect(card.getByRole("status")).toHaveText(t("saved"));
  });
}
