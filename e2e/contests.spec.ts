import fs from "node:fs";
import { expect, msg, test } from "./fixtures";

// A contest through the browser: the leader schedules it (E1's form), a teacher registers and sends
// an entry (a bad link first), the leader appoints expert@ to the jury, the expert scores the entry
// (in English), the leader gives it the first place and publishes the results, the teacher sees
// the place and the bell. On a phone a guest reads the results of the demo's past contest.

fs.mkdirSync("screenshots", { recursive: true });
const c = (key: string, values: Record<string, string | number> = {}) => msg("ru", `contests.${key}`, values);

/** A calendar day in Moscow, `offset` days from today, as the date input wants it. */
function moscowDay(offset: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + offset * 86_400_000));
}

test("a participant sends an entry, the jury scores it, the organizer publishes the results and the participant sees the place", async ({ signedIn }) => {
  test.setTimeout(180_000);
  const title = `Конкурс эссе ${Date.now().toString(36)}`;
  const entryTitle = "Эссе «Мой лучший урок»";

  // The leader schedules a contest running from tomorrow for ten days.
  const leader = await signedIn("leader");
  await leader.goto("/ru/events/new");
  await leader.locator("#event-communityId").selectOption({ label: "Лаборатория функциональной грамотности" });
  await leader.locator("#event-form").selectOption("contest");
  await leader.locator("#event-title").fill(title);
  await leader.locator("#event-startDate").fill(moscowDay(1));
  await leader.locator("#event-startTime").fill("09:00");
  await leader.locator("#event-endDate").fill(moscowDay(10));
  await leader.locator("#event-endTime").fill("18:00");
  await leader.locator("#event-timeZone").selectOption("Europe/Moscow");
  await leader.locator("#event-meetingUrl").fill("https://meet.example.test/contest");
  await leader.getByRole("button", { name: msg("ru", "events.form.create") }).click();
  await expect(leader).toHaveURL(/\/ru\/events\/[0-9a-f-]{36}\?saved=1$/);
  const eventPath = new URL(leader.url()).pathname;
  const eventId = eventPath.split("/").pop()!;

  // The teacher is asked to register first, registers, and sends an entry: a bad link is refused, nothing typed is lost.
  const teacher = await signedIn("participant");
  await teacher.goto(eventPath);
  const entries = teacher.getByTestId("contest-entries");
  await expect(entries).toContainText(c("section.refusals.registerFirst"));
  await teacher.getByTestId("registration-panel").getByRole("button", { name: msg("ru", "events.registration.panel.register") }).click();
  const form = entries.getByTestId("entry-form-submit");
  await expect(form).toBeVisible();
  await form.getByLabel(c("form.title")).fill(entryTitle);
  await form.getByLabel(c("form.description")).fill("Как я провела урок-исследование в 6 классе.");
  await form.getByLabel(c("form.url")).fill("ftp://files.example.test/essay.docx");
  await form.getByRole("button", { name: c("form.submit") }).click();
  await expect(form.getByText(c("errors.notHttp"))).toBeVisible();
  await expect(form.getByLabel(c("form.title"))).toHaveValue(entryTitle);
  await form.getByLabel(c("form.url")).fill("https://disk.yandex.ru/d/essay");
  await form.getByRole("button", { name: c("form.submit") }).click();
  await expect(entries.getByTestId("own-entry")).toContainText(entryTitle);
  for (const width of [360, 1280]) {
    await teacher.setViewportSize({ width, height: 800 });
    await entries.screenshot({ path: `screenshots/contest-entry-${width}.png` });
  }

  // The leader appoints the expert to the jury by name.
  await leader.goto(eventPath);
  await leader.getByRole("link", { name: c("section.manage") }).click();
  await expect(leader).toHaveURL(`/ru/events/${eventId}/contest`);
  // Entries close a day before the end: a date after the end is refused first.
  await leader.getByLabel(c("manage.deadlineDate")).fill(moscowDay(11));
  await leader.getByRole("button", { name: c("manage.saveDeadline") }).click();
  await expect(leader.getByText(c("errors.deadlineAfterEnd"))).toBeVisible();
  await leader.getByLabel(c("manage.deadlineDate")).fill(moscowDay(9));
  await leader.getByRole("button", { name: c("manage.saveDeadline") }).click();
  await expect(leader.getByText(c("manage.deadlineSaved"))).toBeVisible();
  await leader.getByRole("combobox", { name: c("manage.appointLabel") }).fill("Морозова");
  await leader.getByRole("option", { name: /Морозова Елена Александровна/ }).click();
  await leader.getByRole("button", { name: c("manage.appoint") }).click();
  await expect(leader.getByText(c("manage.appointed"))).toBeVisible();
  await expect(leader.getByTestId("contest-jurors")).toContainText("Морозова Елена Александровна");

  // The expert scores the entry, in English.
  const expert = await signedIn("expert");
  await expert.goto(`/en/events/${eventId}`);
  await expert.getByRole("link", { name: msg("en", "contests.section.jury") }).click();
  await expect(expert).toHaveURL(`/en/events/${eventId}/jury`);
  const card = expert.getByTestId("jury-entry").filter({ hasText: entryTitle });
  await card.getByLabel(msg("en", "contests.jury.score")).selectOption("9");
  await card.getByLabel(msg("en", "contests.jury.comment")).fill("A clear and honest essay.");
  await card.getByRole("button", { name: msg("en", "contests.jury.save") }).click();
  await expect(card.getByRole("status")).toHaveText(msg("en", "contests.jury.saved"));
  for (const width of [360, 1280]) {
    await expert.setViewportSize({ width, height: 800 });
    await expert.screenshot({ path: `screenshots/contest-jury-${width}.png`, fullPage: true });
  }

  // The leader sees the mean score, gives the first place and publishes.
  await leader.reload();
  const table = leader.getByTestId("contest-score-table");
  await expect(table.getByRole("row").filter({ hasText: entryTitle })).toContainText("9");
  await table.getByLabel(c("manage.placeFor", { title: entryTitle })).selectOption("1");
  await leader.getByRole("button", { name: c("manage.savePlaces") }).click();
  await expect(leader.getByText(c("manage.placesSaved"))).toBeVisible();
  for (const width of [360, 1280]) {
    await leader.setViewportSize({ width, height: 800 });
    await leader.screenshot({ path: `screenshots/contest-manage-${width}.png`, fullPage: true });
  }
  await leader.getByRole("button", { name: c("manage.publish") }).click();
  await expect(leader.getByText(/Итоги опубликованы/)).toBeVisible();

  // The teacher sees the place, the results and the bell.
  await teacher.reload();
  await expect(entries.getByTestId("own-entry").getByRole("status")).toHaveText(c("section.place", { place: 1 }));
  const results = teacher.getByTestId("contest-results");
  await expect(results).toContainText(entryTitle);
  await expect(results).toContainText("Смирнова Анна Сергеевна");
  for (const width of [360, 1280]) {
    await teacher.setViewportSize({ width, height: 800 });
    await teacher.screenshot({ path: `screenshots/contest-results-${width}.png`, fullPage: true });
  }
  await teacher.goto("/ru/notifications");
  await expect(teacher.getByRole("main")).toContainText(msg("ru", "notifications.kinds.contest.won", { title, place: 1 }));

  // Others reach neither the jury page nor the organizers' page.
  expect((await teacher.goto(`/ru/events/${eventId}/jury`))?.status()).toBe(404);
  expect((await teacher.goto(`/ru/events/${eventId}/contest`))?.status()).toBe(404);
});

test("a guest reads the winners of the demo's past contest on a phone @phone", async ({ page }) => {
  await page.goto(`/ru/calendar?view=list&form=contest&date=${moscowDay(-70)}`);
  await page.getByRole("link", { name: "Конкурс «Лучшая задача месяца»" }).first().click();
  const results = page.getByTestId("contest-results");
  await expect(results).toContainText("Шарипов Тимур Ринатович");
  await expect(results).toContainText("Задача «Школьная клумба»");
  // Scores stay with the jury; an entry without a place shows its title only.
  await expect(results).toContainText("Задача «Расписание автобусов»");
  await expect(results).not.toContainText("Титов Алексей Игоревич");
  await expect(page.getByTestId("contest-entries")).toContainText(c("section.closed"));
  await page.screenshot({ path: "screenshots/contest-past-results-phone.png", fullPage: true });
});
