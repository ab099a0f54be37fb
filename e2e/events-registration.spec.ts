import fs from "node:fs";
import { expect, msg, test } from "./fixtures";

// Registration through the browser: a leader schedules a one-place webinar (E1's form), a teacher
// registers and cancels, a methodist waits and is promoted; once the event has started the leader
// marks attendance and downloads the CSV. Screenshots of the panel and the participants page.

fs.mkdirSync("screenshots", { recursive: true });
const r = (key: string, values: Record<string, string | number> = {}) => msg("ru", `events.registration.${key}`, values);

/** A calendar day in Moscow, `offset` days from today, as the date input wants it. */
function moscowDay(offset: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + offset * 86_400_000));
}

test("participants register, wait, are promoted; the organizer marks attendance and exports the list", async ({ signedIn, newPage }) => {
  test.setTimeout(150_000);
  const title = `Вебинар о регистрации ${Date.now().toString(36)}`;

  // The leader schedules a webinar with one place, tomorrow in Moscow time.
  const leader = await signedIn("leader");
  await leader.goto("/ru/events/new");
  await leader.locator("#event-communityId").selectOption({ label: "Лаборатория функциональной грамотности" });
  await leader.locator("#event-form").selectOption("webinar");
  await leader.locator("#event-title").fill(title);
  await leader.locator("#event-startDate").fill(moscowDay(1));
  await leader.locator("#event-startTime").fill("10:00");
  await leader.locator("#event-endDate").fill(moscowDay(1));
  await leader.locator("#event-endTime").fill("12:00");
  await leader.locator("#event-timeZone").selectOption("Europe/Moscow");
  await leader.locator("#event-meetingUrl").fill("https://meet.example.test/webinar");
  await leader.locator("#event-capacity").fill("1");
  await leader.getByRole("button", { name: msg("ru", "events.form.create") }).click();
  await expect(leader).toHaveURL(/\/ru\/events\/[0-9a-f-]{36}\?saved=1$/);
  const eventPath = new URL(leader.url()).pathname;
  const eventId = eventPath.split("/").pop()!;

  // A guest is asked to sign in.
  const guest = await newPage();
  await guest.goto(eventPath);
  await expect(guest.getByTestId("registration-panel").getByRole("link", { name: r("panel.signIn") })).toHaveAttribute("href", `/ru/sign-in?next=${encodeURIComponent(eventPath)}`);

  // A teacher registers, cancels, and registers again.
  const teacher = await signedIn("participant");
  await teacher.goto(eventPath);
  const teacherPanel = teacher.getByTestId("registration-panel");
  await expect(teacherPanel).toContainText(r("panel.placesLeft", { left: 1, capacity: 1 }));
  await teacherPanel.getByRole("button", { name: r("panel.register") }).click();
  await expect(teacherPanel.getByRole("status")).toHaveText(r("panel.registered"));
  await teacher.setViewportSize({ width: 360, height: 780 });
  await teacherPanel.screenshot({ path: "screenshots/event-registration-360.png" });
  await teacher.setViewportSize({ width: 1280, height: 800 });
  await teacherPanel.getByRole("button", { name: r("panel.cancel") }).click();
  await expect(teacherPanel.getByRole("button", { name: r("panel.register") })).toBeVisible();
  await teacherPanel.getByRole("button", { name: r("panel.register") }).click();
  await expect(teacherPanel.getByRole("status")).toHaveText(r("panel.registered"));

  // The event is full: a methodist joins the waiting list…
  const methodist = await signedIn("methodist");
  await methodist.goto(eventPath);
  const methodistPanel = methodist.getByTestId("registration-panel");
  await expect(methodistPanel).toContainText(r("panel.full"));
  await methodistPanel.getByRole("button", { name: r("panel.joinWaitlist") }).click();
  await expect(methodistPanel.getByRole("status")).toHaveText(r("panel.waitlisted", { position: 1 }));
  await methodist.screenshot({ path: "screenshots/event-waitlist-1280.png", fullPage: true });

  // …and gets the place when the teacher cancels.
  await teacher.reload();
  await teacherPanel.getByRole("button", { name: r("panel.cancel") }).click();
  await expect(teacherPanel).toContainText(r("panel.full"));
  await methodist.reload();
  await expect(methodistPanel.getByRole("status")).toHaveText(r("panel.registered"));
  await methodist.goto("/ru/notifications");
  await expect(methodist.getByRole("main")).toContainText(msg("ru", "notifications.kinds.event.promoted", { title }));

  // The teacher comes back to the end of the queue.
  await teacherPanel.getByRole("button", { name: r("panel.joinWaitlist") }).click();
  await expect(teacherPanel.getByRole("status")).toHaveText(r("panel.waitlisted", { position: 1 }));
  await teacher.goto(eventPath.replace("/ru/", "/en/"));
  await expect(teacherPanel.getByRole("status")).toHaveText(msg("en", "events.registration.panel.waitlisted", { position: 1 }));
  await expect(teacherPanel.getByRole("button", { name: msg("en", "events.registration.panel.leaveWaitlist") })).toBeVisible();

  // Attendance opens at the start: the leader moves the event to have started yesterday (E1's edit form).
  await leader.goto(`/ru/events/${eventId}/edit`);
  await leader.locator("#event-startDate").fill(moscowDay(-1));
  await leader.locator("#event-endDate").fill(moscowDay(1));
  await leader.getByRole("button", { name: msg("ru", "events.form.save") }).click();
  await expect(leader).toHaveURL(/\?saved=1$/);

  await leader.getByRole("link", { name: new RegExp(r("panel.participants")) }).click();
  await expect(leader).toHaveURL(`/ru/events/${eventId}/participants`);
  const main = leader.getByRole("main");
  await expect(main.getByRole("row")).toHaveCount(3);
  await expect(main.getByRole("row").nth(1)).toContainText(r("status.registered"));
  await expect(main.getByRole("row").nth(2)).toContainText(r("status.waitlisted"));
  // Contacts are never shown.
  await expect(main).not.toContainText("@metodset.demo");
  const promoted = (await main.getByRole("row").nth(1).getByRole("cell").nth(1).locator("span").first().textContent())!;
  await main.getByRole("checkbox", { name: r("participants.attendedFor", { name: promoted }) }).check();
  await main.getByRole("button", { name: r("participants.saveAttendance") }).click();
  await expect(main.getByRole("status").filter({ hasText: r("participants.saved") })).toBeVisible();
  await leader.reload();
  await expect(main.getByRole("checkbox", { name: r("participants.attendedFor", { name: promoted }) })).toBeChecked();
  for (const width of [360, 1280]) {
    await leader.setViewportSize({ width, height: 800 });
    await leader.screenshot({ path: `screenshots/event-participants-${width}.png`, fullPage: true });
  }

  // The CSV: a download with the promoted person attending and the teacher waiting.
  const download = leader.waitForEvent("download");
  await main.getByRole("link", { name: r("participants.exportCsv") }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^participants-[0-9a-f]{8}\.csv$/);
  const csv = fs.readFileSync((await file.path())!, "utf8");
  const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toBe(["№", "ФИО", "Организация", "Статус", "Присутствовал"].join(";"));
  expect(lines[1]).toContain(`${promoted};`);
  expect(lines[1]).toMatch(/;Зарегистрирован;да$/);
  expect(lines[2]).toMatch(/;Лист ожидания;нет$/);
  expect(csv).not.toContain("@metodset.demo");

  // A message to the registered: a typo is refused with the words kept, then it goes out.
  await main.getByLabel(r("message.subject")).fill("Ссылка на трансляцию");
  await main.getByLabel(r("message.body")).fill("Коротко");
  await main.getByRole("button", { name: r("message.send") }).click();
  await expect(main.getByText(r("errors.bodyTooShort"))).toBeVisible();
  await expect(main.getByLabel(r("message.subject"))).toHaveValue("Ссылка на трансляцию");
  await main.getByLabel(r("message.body")).fill("Подключайтесь за десять минут до начала.");
  await main.getByRole("button", { name: r("message.send") }).click();
  await expect(main.getByText(r("message.sent", { count: 1 }))).toBeVisible();

  // Others get no list and no file.
  expect((await teacher.request.get(`/api/events/${eventId}/participants/csv`)).status()).toBe(404);
  expect((await teacher.goto(`/ru/events/${eventId}/participants`))?.status()).toBe(404);
});
