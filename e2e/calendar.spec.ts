import fs from "node:fs";
import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { createTranslator } from "use-intl";
import { expect, msg, test, type Locale } from "./fixtures";

// The calendar of educational events: a leader schedules a master class (E1's form) and a busy
// afternoon after it; the month grid (three a day and «ещё N» to the day in the list), the list and
// the form filter show it; the phone gets the month's next events as a list and a link to the whole
// month's list; its .ics and the private feed parse back; both languages. Screenshots at 1280 and 360 px.

fs.mkdirSync("screenshots", { recursive: true });
const c = (key: string, values: Record<string, string | number> = {}) => msg("ru", `events.calendar.${key}`, values);
/** A calendar message with ICU plurals (msg() fills plain `{name}` values only). */
function plural(locale: Locale, key: string, count: number): string {
  const messages = JSON.parse(fs.readFileSync(`messages/${locale}/events.json`, "utf8")) as Record<string, never>;
  const t = createTranslator({ locale, messages, namespace: "calendar" as never }) as unknown as (key: string, values: { count: number }) => string;
  return t(key, { count });
}

/** A calendar day in Moscow, `offset` days from today. */
function moscowDay(offset: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + offset * 86_400_000));
}

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

const day = moscowDay(3);
const title = `Мастер-класс календаря ${Date.now().toString(36)}`;
/** Scheduled after the master class on its day: the last one is behind the day's «ещё N». */
const busy = ["16:00", "17:00", "18:00"].map((time) => ({ time, title: `Консультация ${time} ${Date.now().toString(36)}` }));
let eventId = "";

async function schedule(page: Page, { title, time, end, form }: { title: string; time: string; end: string; form: string }) {
  await page.goto("/ru/events/new");
  await page.locator("#event-communityId").selectOption({ label: "Лаборатория функциональной грамотности" });
  await page.locator("#event-form").selectOption(form);
  await page.locator("#event-title").fill(title);
  await page.locator("#event-startDate").fill(day);
  await page.locator("#event-startTime").fill(time);
  await page.locator("#event-endDate").fill(day);
  await page.locator("#event-endTime").fill(end);
  await page.locator("#event-timeZone").selectOption("Europe/Moscow");
  await page.locator("#event-meetingUrl").fill("https://meet.example.test/master-class");
  await page.getByRole("button", { name: msg("ru", "events.form.create") }).click();
  await expect(page).toHaveURL(/\/ru\/events\/[0-9a-f-]{36}\?saved=1$/);
}

test.describe.configure({ mode: "serial" });

test("a scheduled master class shows in the month grid and the list, filters by form, and downloads as .ics", async ({ signedIn, page }) => {
  test.setTimeout(120_000);
  const leader = await signedIn("leader");
  await schedule(leader, { title, time: "15:00", end: "16:30", form: "master_class" });
  eventId = new URL(leader.url()).pathname.split("/").pop()!;
  // The event page offers its .ics; the organizer's copy carries the meeting link.
  const icsLink = leader.getByTestId("event-ics-link");
  await expect(icsLink).toHaveAttribute("href", `/api/events/${eventId}/ics?locale=ru`);
  expect(await (await leader.request.get(`/api/events/${eventId}/ics`)).text()).toContain("master-class");

  // A guest opens the month: the grid holds the event on its day, at Moscow time.
  await page.goto(`/ru/calendar?date=${day}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(c("title"));
  const grid = page.getByTestId("calendar-month-grid");
  await expect(grid).toBeVisible();
  await expect(page.getByTestId("calendar-phone-list")).toBeHidden();
  const cell = grid.locator(`[data-date="${day}"]`);
  await expect(cell).toContainText(title);
  await expect(cell).toContainText("15:00");
  await expect(page.getByText(c("zoneGuest"))).toBeVisible();
  await page.screenshot({ path: "screenshots/calendar-month-1280.png", fullPage: true });

  // Filtering by another form hides it; by its own form keeps it (the filter lives in the URL).
  await page.getByText(c("filters"), { exact: true }).click();
  await page.locator("#calendar-form").selectOption("webinar");
  await page.getByRole("button", { name: c("apply") }).click();
  await expect(page).toHaveURL(/form=webinar/);
  await expect(grid).not.toContainText(title);
  await page.locator("#calendar-form").selectOption("master_class");
  await page.getByRole("button", { name: c("apply") }).click();
  await expect(page).toHaveURL(/form=master_class/);
  await expect(grid.locator(`[data-date="${day}"]`)).toContainText(title);

  // The list view: the event with its form and community.
  await page.getByRole("link", { name: c("views.list"), exact: true }).click();
  await expect(page).toHaveURL(/view=list/);
  const list = page.getByTestId("calendar-list");
  await expect(list).toContainText(title);
  await expect(list).toContainText(msg("ru", "reference.eventForms.master_class"));
  await expect(list).toContainText("Лаборатория функциональной грамотности");

  // The event's .ics parses back; a guest does not get the meeting link.
  const response = await page.request.get(`/api/events/${eventId}/ics`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const [event] = parseIcs(await response.text());
  expect(event!.summary).toBe(title);
  expect(event!.uid).toBe(`${eventId}@metodset`);
  expect(event!.startDate.toJSDate().toISOString()).toBe(new Date(`${day}T12:00:00Z`).toISOString());
  expect(await response.text()).not.toContain("master-class");
  expect((await page.request.get("/api/events/00000000-0000-4000-8000-000000000000/ics")).status()).toBe(404);
});

test("a busy day shows three events and «ещё N», which opens that day in the list", async ({ signedIn, page }) => {
  test.setTimeout(120_000);
  const leader = await signedIn("leader");
  for (const b of busy) await schedule(leader, { title: b.title, time: b.time, end: b.time.replace(":00", ":45"), form: "consultation_line" });
  // The week view lists every event of the day.
  await page.goto(`/ru/calendar?date=${day}&view=week`);
  const all = await page.getByTestId("calendar-week").locator(`[data-date="${day}"] a`).count();
  expect(all).toBeGreaterThanOrEqual(4);

  await page.goto(`/ru/calendar?date=${day}`);
  const cell = page.getByTestId("calendar-month-grid").locator(`[data-date="${day}"]`);
  await expect(cell.locator('a[href*="/events/"]')).toHaveCount(3);
  await expect(cell).toContainText(title);
  await expect(cell).not.toContainText(busy[2]!.title);
  const more = cell.getByTestId("calendar-more");
  await expect(more).toHaveText(plural("ru", "more", all - 3));
  await page.screenshot({ path: "screenshots/calendar-month-busy-1280.png", fullPage: true });
  await more.click();
  await expect(page).toHaveURL(new RegExp(`/ru/calendar\\?view=list&date=${day}#day-${day}$`));
  const group = page.locator(`#day-${day}`);
  await expect(group).toContainText(busy[2]!.title);
  await expect(group).toBeInViewport();

  await page.goto(`/en/calendar?date=${day}`);
  await expect(page.getByTestId("calendar-month-grid").locator(`[data-date="${day}"]`).getByTestId("calendar-more")).toHaveText(plural("en", "more", all - 3));
});

test("my events: the organizer's private feed address parses and rotates", async ({ signedIn }) => {
  const leader = await signedIn("leader");
  await leader.goto(`/ru/calendar?date=${day}`);
  await leader.getByRole("link", { name: c("myEvents"), exact: true }).click();
  await expect(leader).toHaveURL(/mine=1/);
  await expect(leader.getByTestId("calendar-month-grid")).toContainText(title);
  const card = leader.getByTestId("calendar-feed-card");
  await card.getByRole("button", { name: /Получить (новую )?ссылку/ }).click();
  const address = card.locator("#calendar-feed-url");
  await expect(address).toHaveValue(/\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
  const first = await address.inputValue();
  const feed = await leader.request.get(first);
  expect(feed.status()).toBe(200);
  const events = parseIcs(await feed.text());
  expect(events.map((e) => e.summary)).toContain(title);
  // The organizer sees the meeting link in the private feed.
  expect(await feed.text()).toContain("master-class");
  await card.screenshot({ path: "screenshots/calendar-feed-card-1280.png" });

  leader.once("dialog", (dialog) => dialog.accept());
  await card.getByRole("button", { name: msg("ru", "events.ical.rotate") }).click();
  await expect(address).not.toHaveValue(first);
  expect((await leader.request.get(first)).status()).toBe(404);
  expect((await leader.request.get(await address.inputValue())).status()).toBe(200);
});

test("English, and the week view", async ({ page }) => {
  await page.goto(`/en/calendar?date=${day}&view=week`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "events.calendar.title"));
  await expect(page.getByTestId("calendar-week").locator(`[data-date="${day}"]`)).toContainText(title);
  await expect(page.getByRole("link", { name: msg("en", "events.calendar.views.month"), exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: msg("en", "common.nav.label") }).first().getByRole("link", { name: msg("en", "common.nav.calendar") })).toBeVisible();
});

test("the header keeps the calendar link within 1280 px for an administrator", async ({ adminPage }) => {
  await adminPage.goto(`/ru/calendar?date=${day}`);
  const nav = adminPage.getByRole("navigation", { name: msg("ru", "common.nav.label") }).first();
  await expect(nav.getByRole("link", { name: msg("ru", "common.nav.calendar") })).toBeVisible();
  expect(await adminPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await adminPage.getByRole("banner").screenshot({ path: "screenshots/calendar-header-admin-1280.png" });
  await adminPage.goto(`/en/calendar?date=${day}`);
  await expect(adminPage.getByRole("navigation", { name: msg("en", "common.nav.label") }).first().getByRole("link", { name: msg("en", "common.nav.calendar") })).toBeVisible();
  expect(await adminPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

test("a phone shows the month's next events as a list and links to the whole month's list @phone", async ({ page }) => {
  // The demo's platform webinar two days from the seeding (lib: db/seed/demo-events.ts).
  const date = moscowDay(2);
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`/ru/calendar?date=${date}&view=list`);
  const total = await page.locator('[data-testid="calendar-list"] li li').count();
  await page.goto(`/ru/calendar?date=${date}`);
  await expect(page.getByTestId("calendar-month-grid")).toBeHidden();
  const list = page.getByTestId("calendar-phone-list");
  await expect(list).toBeVisible();
  // Not a second copy of the month: at most ten events (the demo's month holds more), then the month's list view.
  const shown = await list.locator("li li").count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThanOrEqual(10);
  expect(shown).toBeLessThan(total);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await page.screenshot({ path: "screenshots/calendar-month-360.png", fullPage: true });
  await list.getByRole("link", { name: plural("ru", "monthList", total) }).click();
  await expect(page).toHaveURL(/view=list/);
  await expect(page.locator('[data-testid="calendar-list"] li li')).toHaveCount(total);
  // Filtered (other specs schedule events in the coming days), the month's webinars include the demo's.
  await page.goto(`/ru/calendar?date=${date}&form=webinar`);
  await expect(page.getByTestId("calendar-phone-list")).toContainText("Как работать на платформе Методсеть");
  // The phone menu carries the calendar link too.
  await page.getByText(msg("ru", "common.nav.menu"), { exact: true }).click();
  await expect(page.locator("details[open]").getByRole("link", { name: msg("ru", "common.nav.calendar") })).toBeVisible();
});
