import fs from "node:fs";
import { expect, msg, test } from "./fixtures";

// Scheduling (E1): moderator@, a moderator of "functional-literacy", schedules a webinar in
// Yekaterinburg time from the community home; bad input is refused in place and nothing typed is
// lost; teacher@ (Moscow time, the default) sees the start in their own time with the event's zone
// beside it, in Russian and English. Runs on a desktop and a phone; screenshots of the pages.

fs.mkdirSync("screenshots", { recursive: true });
const e = (key: string, values: Record<string, string | number> = {}) => msg("ru", `events.${key}`, values);

/** A calendar day in a zone, `offset` days from today, as the date input wants it. */
function dayIn(zone: string, offset: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + offset * 86_400_000));
}

test("a moderator schedules a webinar in Yekaterinburg time; a teacher in Moscow sees it in her own time @phone", async ({ signedIn }) => {
  test.setTimeout(150_000);
  const device = test.info().project.name === "phone" ? "360" : "1280";
  const title = `Вебинар о функциональной грамотности ${Date.now().toString(36)}`;
  const day = dayIn("Asia/Yekaterinburg", 5);

  // From the community home: upcoming events and the organizer's link to schedule one.
  const moderator = await signedIn("moderator");
  await moderator.goto("/ru/communities/functional-literacy");
  const upcoming = moderator.getByRole("region", { name: e("event.upcoming") });
  await expect(upcoming).toBeVisible();
  await upcoming.screenshot({ path: `screenshots/community-upcoming-events-${device}.png` });
  await expect(upcoming.getByRole("link", { name: e("event.calendarLink") })).toHaveAttribute("href", "/ru/calendar?community=functional-literacy");
  await upcoming.getByRole("link", { name: e("event.newLink") }).click();
  await expect(moderator).toHaveURL(/\/ru\/events\/new\?community=functional-literacy$/);
  await expect(moderator.locator("#event-communityId option:checked")).toHaveText("Лаборатория функциональной грамотности");

  // Bad input: refused in place, what was typed stays.
  await moderator.locator("#event-title").fill(title);
  await moderator.getByRole("button", { name: e("form.create") }).click();
  await expect(moderator.getByText(msg("ru", "errors.required")).first()).toBeVisible();
  await expect(moderator.locator("#event-title")).toHaveValue(title);
  await moderator.locator("#event-form").selectOption("webinar");
  await moderator.locator("#event-startDate").fill(day);
  await moderator.locator("#event-startTime").fill("15:00");
  await moderator.locator("#event-endDate").fill(day);
  await moderator.locator("#event-endTime").fill("14:00");
  await moderator.locator("#event-timeZone").selectOption("Asia/Yekaterinburg");
  await moderator.locator("#event-meetingUrl").fill("javascript:alert(1)");
  await moderator.getByRole("button", { name: e("form.create") }).click();
  await expect(moderator.getByText(e("errors.notHttp"))).toBeVisible();
  await moderator.locator("#event-meetingUrl").fill("https://telemost.yandex.ru/j/e2e-webinar");
  await moderator.getByRole("button", { name: e("form.create") }).click();
  await expect(moderator.getByText(e("errors.endBeforeStart"))).toBeVisible();
  await expect(moderator.locator("#event-title")).toHaveValue(title);
  await moderator.locator("#event-endTime").fill("16:30");
  await moderator.locator("#event-description").fill("## План\n\n1. Задания PISA\n2. Критерии оценивания");
  await moderator.getByRole("button", { name: e("form.addSpeaker") }).click();
  await moderator.locator("#event-speakers\\.0\\.name").fill("Соколова Ирина Владимировна");
  await moderator.locator("#event-speakers\\.0\\.about").fill("к. п. н., доцент");
  // A registered colleague as a second speaker, picked by part of her name.
  await moderator.getByRole("combobox", { name: e("form.registeredSpeakers") }).fill("захар");
  await moderator.getByRole("listbox", { name: e("form.registeredSpeakers") }).getByRole("option", { name: /Захарова Светлана Олеговна/ }).click();
  await expect(moderator.locator("#event-speakers\\.1\\.name")).toHaveValue("Захарова Светлана Олеговна");
  await moderator.screenshot({ path: `screenshots/event-new-${device}.png`, fullPage: true });
  await moderator.getByRole("button", { name: e("form.create") }).click();
  await expect(moderator).toHaveURL(/\/ru\/events\/[0-9a-f-]{36}\?saved=1$/);
  const eventPath = new URL(moderator.url()).pathname.replace(/^\/ru/, "");
  await expect(moderator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(moderator.getByText(e("event.saved"))).toBeVisible();
  // The organizer's own zone is Moscow too: the event's zone is shown beside; the link is theirs to see.
  await expect(moderator.getByTestId("event-meeting-link")).toBeVisible();
  await expect(moderator.getByRole("link", { name: e("event.edit") })).toBeVisible();
  await moderator.screenshot({ path: `screenshots/event-page-organizer-${device}.png`, fullPage: true });

  // A teacher in Moscow: 15:00 in Yekaterinburg is 13:00 for her, with the event's zone beside it.
  const teacher = await signedIn("participant");
  await teacher.goto(`/ru${eventPath}`);
  await expect(teacher.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(teacher.getByTestId("event-time-viewer")).toContainText("13:00");
  await expect(teacher.getByTestId("event-time-viewer")).toContainText("14:30");
  const own = teacher.getByTestId("event-time-own");
  await expect(own).toContainText("15:00");
  await expect(own).toContainText("16:30");
  await expect(own).toContainText(msg("ru", "reference.timeZones.Asia/Yekaterinburg"));
  await expect(teacher.getByText(e("event.linkHidden"))).toBeVisible();
  await expect(teacher.getByTestId("event-meeting-link")).toHaveCount(0);
  await expect(teacher.getByRole("link", { name: e("event.edit") })).toHaveCount(0);
  await expect(teacher.getByText("Соколова Ирина Владимировна")).toBeVisible();
  await expect(teacher.getByText("Захарова Светлана Олеговна")).toBeVisible();
  await teacher.screenshot({ path: `screenshots/event-page-${device}.png`, fullPage: true });

  // In English: the same instant, "event time" with the zone's English name.
  await teacher.goto(`/en${eventPath}`);
  await expect(teacher.getByTestId("event-time-viewer")).toContainText(/\b1:00\s?–\s?2:30\sPM/);
  await expect(teacher.getByTestId("event-time-own")).toContainText(/\b3:00\s?–\s?4:30\sPM/);
  await expect(teacher.getByTestId("event-time-own")).toContainText(msg("en", "reference.timeZones.Asia/Yekaterinburg"));
  await teacher.screenshot({ path: `screenshots/event-page-en-${device}.png`, fullPage: true });

  // The organizer edits: a capacity, kept; then cancels with a reason the page shows.
  await moderator.goto(`/ru${eventPath}/edit`);
  await expect(moderator.locator("#event-startTime")).toHaveValue("15:00");
  await expect(moderator.locator("#event-timeZone")).toHaveValue("Asia/Yekaterinburg");
  await moderator.locator("#event-capacity").fill("30");
  await moderator.getByRole("button", { name: e("form.save") }).click();
  await expect(moderator).toHaveURL(/\?saved=1$/);
  await expect(moderator.getByTestId("registration-panel")).toContainText(e("registration.panel.placesLeft", { left: 30, capacity: 30 }));
  await moderator.getByLabel(e("event.cancelReason")).fill("Ведущий заболел");
  await moderator.getByRole("button", { name: e("event.cancelConfirm") }).click();
  await expect(moderator.getByText(e("event.cancelledBecause", { reason: "Ведущий заболел" }))).toBeVisible();
});

test("editing a weekly series: «this and the following» renames the later event too, on its own date", async ({ signedIn }) => {
  test.setTimeout(120_000);
  const year = new Date().getFullYear() + 1;
  const title = `Заседание МО ${Date.now().toString(36)}`;
  const moderator = await signedIn("moderator");
  await moderator.goto("/ru/events/new?community=functional-literacy");
  await moderator.locator("#event-form").selectOption("pedagogical_council");
  await moderator.locator("#event-title").fill(title);
  await moderator.locator("#event-startDate").fill(`${year}-03-02`);
  await moderator.locator("#event-startTime").fill("15:00");
  await moderator.locator("#event-endDate").fill(`${year}-03-02`);
  await moderator.locator("#event-endTime").fill("16:00");
  await moderator.locator("#event-meetingUrl").fill("https://telemost.yandex.ru/j/e2e-council");
  await moderator.locator("#event-recurrence\\.frequency").selectOption("weekly");
  await moderator.locator("#event-recurrence\\.count").fill("2");
  await moderator.getByRole("button", { name: e("form.create") }).click();
  await expect(moderator).toHaveURL(/\/ru\/events\/[0-9a-f-]{36}\?saved=1$/);

  await moderator.goto(`${new URL(moderator.url()).pathname}/edit`);
  const scope = moderator.getByRole("group", { name: e("form.scope") });
  await expect(scope.getByRole("radio", { name: e("form.scopeThis") })).toBeChecked();
  // The later events are counted in the choice (a plural the test helper does not format).
  await scope.getByRole("radio", { name: /^Это и все следующие \(ещё 1 событие\)$/ }).check();
  await moderator.locator("#event-title").fill(`${title}: итоги`);
  await moderator.locator("#event-startTime").fill("16:00");
  await moderator.locator("#event-endTime").fill("17:00");
  await moderator.screenshot({ path: "screenshots/event-series-edit-1280.png", fullPage: true });
  await moderator.getByRole("button", { name: e("form.save") }).click();
  await expect(moderator).toHaveURL(/\?saved=1$/);

  await moderator.goto(`/ru/calendar?view=list&date=${year}-03-01&community=functional-literacy`);
  const renamed = moderator.getByRole("link", { name: `${title}: итоги` });
  await expect(renamed).toHaveCount(2);
  await renamed.nth(1).click();
  await expect(moderator.getByTestId("event-time-viewer")).toContainText(`9 марта ${year}`);
  await expect(moderator.getByTestId("event-time-viewer")).toContainText("16:00");
});
