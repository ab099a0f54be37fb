import fs from "node:fs";
import { demo, expect, msg, test, uniqueIp } from "./fixtures";
import { OutboxPage } from "./pages/outbox-page";
import { SignInPage } from "./pages/sign-in-page";

// Issue 5 from end to end: a moderator schedules a webinar in Moscow time; a teacher in
// Vladivostok, on her phone, sees it in her own time, registers, and gets the hour's reminder in
// the bell and the outbox (the e2e server sweeps every 5 s); the webinar is held; the moderator
// marks her present and issues certificates; she downloads the PDF; a guest verifies its number.

fs.mkdirSync("screenshots", { recursive: true });
const e = (key: string, values: Record<string, string | number> = {}) => msg("ru", `events.${key}`, values);
const kim = { email: "v.kim@metodset.demo", name: "Ким Виктория Олеговна" };

/** The wall date and time in a zone at an instant, as the event form's inputs want them. */
function wall(at: Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}` };
}
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

test("a webinar from scheduling to a verified certificate, for a teacher seven hours ahead of Moscow", async ({ signedIn, newPage, adminPage }) => {
  test.setTimeout(180_000);
  const title = `Вебинар «Читательская грамотность» ${Date.now().toString(36)}`;
  const startsAt = minutesFromNow(50);
  const start = wall(startsAt, "Europe/Moscow");
  const end = wall(minutesFromNow(110), "Europe/Moscow");

  // The moderator schedules it from the community, in Moscow time, for two academic hours.
  const moderator = await signedIn("moderator");
  await moderator.goto("/ru/events/new?community=functional-literacy");
  await moderator.locator("#event-form").selectOption("webinar");
  await moderator.locator("#event-title").fill(title);
  await moderator.locator("#event-startDate").fill(start.date);
  await moderator.locator("#event-startTime").fill(start.time);
  await moderator.locator("#event-endDate").fill(end.date);
  await moderator.locator("#event-endTime").fill(end.time);
  await moderator.locator("#event-timeZone").selectOption("Europe/Moscow");
  await moderator.locator("#event-meetingUrl").fill("https://telemost.yandex.ru/j/e2e-journey");
  await moderator.locator("#event-hours").fill("2");
  await moderator.getByRole("button", { name: e("form.create") }).click();
  await expect(moderator).toHaveURL(/\/ru\/events\/[0-9a-f-]{36}\?saved=1$/);
  const eventPath = new URL(moderator.url()).pathname;

  // The teacher in Vladivostok signs in on her phone: her own time first, Moscow time beside it.
  const teacher = await newPage({ ip: uniqueIp() });
  await teacher.setViewportSize({ width: 360, height: 780 });
  await new SignInPage(teacher, "ru").goto();
  await new SignInPage(teacher, "ru").signIn(kim.email, demo.password);
  await expect(teacher).toHaveURL(/\/ru\/profile$/);
  await teacher.goto(eventPath);
  await expect(teacher.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(teacher.getByTestId("event-time-viewer")).toContainText(wall(startsAt, "Asia/Vladivostok").time);
  const own = teacher.getByTestId("event-time-own");
  await expect(own).toContainText(start.time);
  await expect(own).toContainText(msg("ru", "reference.timeZones.Europe/Moscow"));
  const panel = teacher.getByTestId("registration-panel");
  await panel.getByRole("button", { name: e("registration.panel.register") }).click();
  await expect(panel.getByRole("status")).toHaveText(e("registration.panel.registered"));
  await expect(teacher.getByTestId("event-meeting-link")).toBeVisible();
  await teacher.screenshot({ path: "screenshots/journey-registered-360.png", fullPage: true });

  // Within the hour before the start: the reminder in her bell and in the outbox.
  const reminder = teacher.getByRole("main").getByRole("button", { name: new RegExp(`Напоминание: «${title}» начнётся`) });
  await expect(async () => {
    await teacher.goto("/ru/notifications");
    await expect(reminder).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [2_000] });
  const outbox = new OutboxPage(adminPage, "ru");
  await outbox.openNewest(kim.email, `Скоро начало: «${title}»`);
  await expect(outbox.main).toContainText(start.time);

  // The webinar is held: the moderator records its real start (ten minutes ago), marks her present
  // and issues the certificates.
  const heldFrom = wall(minutesFromNow(-10), "Europe/Moscow");
  await moderator.goto(`${eventPath}/edit`);
  await moderator.locator("#event-startDate").fill(heldFrom.date);
  await moderator.locator("#event-startTime").fill(heldFrom.time);
  await moderator.getByRole("button", { name: e("form.save") }).click();
  await expect(moderator).toHaveURL(/\?saved=1$/);
  await moderator.goto(`${eventPath}/participants`);
  const main = moderator.getByRole("main");
  await main.getByRole("checkbox", { name: e("registration.participants.attendedFor", { name: kim.name }) }).check();
  await main.getByRole("button", { name: e("registration.participants.saveAttendance") }).click();
  await expect(main.getByRole("status").filter({ hasText: e("registration.participants.saved") })).toBeVisible();
  const card = moderator.getByTestId("event-certificates");
  await card.getByRole("button", { name: e("certificates.issue") }).click();
  await expect(card.getByRole("status")).toContainText("Выдано сертификатов: 1.");
  await moderator.screenshot({ path: "screenshots/journey-certificates-1280.png", fullPage: true });

  // She finds it in her profile and downloads the PDF.
  await teacher.goto("/ru/profile");
  const item = teacher.getByTestId("my-certificates").getByRole("listitem").filter({ hasText: title });
  await expect(item).toContainText(e("certificates.roles.participant"));
  const number = (await item.textContent())!.match(/MS-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)![0];
  const download = teacher.waitForEvent("download");
  await item.getByRole("link", { name: e("certificates.downloadLabel", { number }) }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`sertifikat-${number}.pdf`);
  expect(fs.readFileSync((await file.path())!).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // A guest (say, her school's head) checks the number: genuine, with the name and the hours.
  const guest = await newPage();
  await guest.goto(`/ru/certificates/${number}`);
  await expect(guest.getByTestId("certificate-check").getByRole("heading")).toHaveText(e("certificates.verify.genuine"));
  await expect(guest.getByRole("main")).toContainText(kim.name);
  await expect(guest.getByRole("main")).toContainText(title);
  await expect(guest.getByRole("main")).toContainText("2 ак. ч.");
  await guest.goto(`/en/certificates/${number}`);
  await expect(guest.getByTestId("certificate-check").getByRole("heading")).toHaveText(msg("en", "events.certificates.verify.genuine"));
});
