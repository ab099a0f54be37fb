import fs from "node:fs";
import { demoLogins, demoUsers } from "../db/seed/demo-data";
import { expect, msg, test, type Locale } from "./fixtures";

// Certificates (issue 5 item 7): the administrator issues them for the demo's past city
// conference, which the teacher attended; the teacher finds hers in the profile and on the event
// page and downloads the PDF; a guest checks its number (genuine) and a forged one (not found),
// in Russian and English; on a phone, the teacher opens the check of a demo certificate from her
// profile. Screenshots of the cards and the check at 360 and 1280 pixels.

fs.mkdirSync("screenshots", { recursive: true });
const c = (key: string, values: Record<string, string | number> = {}, locale: Locale = "ru") => msg(locale, `events.certificates.${key}`, values);
const conference = "Городская методическая конференция «Итоги учебного года»";
const teacherName = demoUsers.find((u) => u.email === demoLogins.participant)!.fullName;
const numberPattern = /MS-\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/;

/** A calendar day in Moscow, `offset` days from today. */
function moscowDay(offset: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + offset * 86_400_000));
}

test("an organizer issues certificates; the participant downloads hers; a guest verifies it and a forged number", async ({ signedIn, newPage }) => {
  test.setTimeout(150_000);

  // The administrator organizes platform-wide events: the conference of about 100 days ago.
  const admin = await signedIn("administrator");
  await admin.goto(`/ru/calendar?view=list&date=${moscowDay(-100)}&form=conference`);
  await admin.getByRole("link", { name: conference }).first().click();
  await expect(admin).toHaveURL(/\/ru\/events\/[0-9a-f-]{36}$/);
  const eventPath = new URL(admin.url()).pathname;
  await admin.goto(`${eventPath}/participants`);
  const card = admin.getByTestId("event-certificates");
  await expect(card.getByRole("heading", { name: c("title") })).toBeVisible();
  // (A retry of this test finds them issued: the counts then say so.)
  await card.getByRole("button", { name: c("issue") }).click();
  await expect(card.getByRole("status")).toContainText(/Выдано сертификатов: \d+\. Уже были выданы раньше: \d+\./);
  const row = card.getByRole("listitem").filter({ hasText: teacherName });
  await expect(row).toContainText(c("roles.participant"));
  const number = (await row.textContent())!.match(numberPattern)![0];
  // Issuing again adds nothing.
  await card.getByRole("button", { name: c("issue") }).click();
  await expect(card.getByRole("status")).toContainText(/Выдано сертификатов: 0\./);
  for (const width of [1280, 360]) {
    await admin.setViewportSize({ width, height: 800 });
    await card.screenshot({ path: `screenshots/certificates-organizer-${width}.png` });
  }

  // The teacher: «Мои сертификаты» in the profile, and the PDF.
  const teacher = await signedIn("participant");
  await teacher.goto("/ru/profile");
  const mine = teacher.getByTestId("my-certificates");
  await expect(mine.getByRole("heading", { name: c("mine.title") })).toBeVisible();
  const item = mine.getByRole("listitem").filter({ hasText: number });
  await expect(item).toContainText(conference);
  await expect(item).toContainText(c("roles.participant"));
  for (const width of [1280, 360]) {
    await teacher.setViewportSize({ width, height: 800 });
    await mine.screenshot({ path: `screenshots/certificates-profile-${width}.png` });
  }
  const download = teacher.waitForEvent("download");
  await item.getByRole("link", { name: c("downloadLabel", { number }) }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`sertifikat-${number}.pdf`);
  expect(fs.readFileSync((await file.path())!).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const href = (await item.getByRole("link", { name: c("downloadLabel", { number }) }).getAttribute("href"))!;
  const response = await teacher.request.get(href);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["cache-control"]).toContain("no-store");
  await teacher.goto("/en/profile");
  await expect(mine.getByRole("heading", { name: c("mine.title", {}, "en") })).toBeVisible();
  await expect(mine.getByRole("listitem").filter({ hasText: number })).toContainText(c("roles.participant", {}, "en"));
  // On the event page too; nobody else gets the file.
  await teacher.goto(eventPath);
  await expect(teacher.getByTestId("your-certificates")).toContainText(number);
  await teacher.screenshot({ path: "screenshots/certificates-event-360.png", fullPage: true });
  await teacher.setViewportSize({ width: 1280, height: 800 });
  await teacher.screenshot({ path: "screenshots/certificates-event-1280.png", fullPage: true });
  const stranger = await signedIn("methodist");
  expect((await stranger.request.get(href)).status()).toBe(404);
  const guest = await newPage();
  expect((await guest.request.get(href)).status()).toBe(404);

  // A guest checks the number, typed loosely, from the footer's link.
  await guest.goto("/ru");
  await guest.getByRole("contentinfo").getByRole("link", { name: msg("ru", "common.footer.certificates") }).click();
  await expect(guest).toHaveURL("/ru/certificates");
  await guest.getByLabel(c("verify.numberLabel")).fill(` ${number.toLowerCase()} `);
  await guest.getByRole("button", { name: c("verify.check") }).click();
  await expect(guest).toHaveURL(`/ru/certificates/${number}`);
  const result = guest.getByTestId("certificate-check");
  await expect(result.getByRole("heading")).toHaveText(c("verify.genuine"));
  const main = guest.getByRole("main");
  await expect(main).toContainText(teacherName);
  await expect(main).toContainText(conference);
  await expect(main).toContainText("6 ак. ч.");
  await expect(main).not.toContainText("@metodset.demo");
  await guest.screenshot({ path: "screenshots/certificate-check-1280.png", fullPage: true });

  // A forged number: a clear message, the number kept in the form.
  const forged = "MS-2026-0000-0000";
  await main.getByLabel(c("verify.numberLabel")).fill(forged);
  await main.getByRole("button", { name: c("verify.check") }).click();
  await expect(result.getByRole("heading")).toHaveText(c("verify.notFound", { number: forged }));
  await expect(main.getByLabel(c("verify.numberLabel"))).toHaveValue(forged);
  await guest.screenshot({ path: "screenshots/certificate-forged-1280.png", fullPage: true });

  // In English.
  await guest.goto(`/en/certificates/${number}`);
  await expect(result.getByRole("heading")).toHaveText(c("verify.genuine", {}, "en"));
  await expect(main).toContainText(teacherName);
  await guest.goto("/en/certificates/not-a-number");
  await expect(result.getByRole("heading")).toHaveText(c("verify.notFound", { number: "not-a-number" }, "en"));
});

test("on a phone, the teacher opens the check of a demo certificate from her profile @phone", async ({ signedIn, newPage }) => {
  const teacher = await signedIn("participant");
  await teacher.goto("/ru/profile");
  const mine = teacher.getByTestId("my-certificates");
  const first = mine.getByRole("listitem").first();
  const number = (await first.textContent())!.match(numberPattern)![0];
  await first.getByRole("link", { name: c("verifyLabel", { number }) }).click();
  await expect(teacher).toHaveURL(`/ru/certificates/${number}`);
  await expect(teacher.getByTestId("certificate-check").getByRole("heading")).toHaveText(c("verify.genuine"));
  await expect(teacher.getByRole("main")).toContainText(teacherName);

  const guest = await newPage();
  await guest.setViewportSize({ width: 360, height: 780 });
  await guest.goto(`/ru/certificates/${number}`);
  await expect(guest.getByTestId("certificate-check").getByRole("heading")).toHaveText(c("verify.genuine"));
  await guest.screenshot({ path: "screenshots/certificate-check-360.png", fullPage: true });
  await guest.goto("/ru/certificates/MS-2026-ABCD-EFGH");
  await expect(guest.getByTestId("certificate-check").getByRole("heading")).toHaveText(c("verify.notFound", { number: "MS-2026-ABCD-EFGH" }));
  await guest.screenshot({ path: "screenshots/certificate-forged-360.png", fullPage: true });
});

test("an organizer revokes a certificate issued in error; the check then says revoked", async ({ signedIn, newPage }) => {
  // The leader's past practicum; its speaker's (the expert's) certificate is nobody else's test's.
  const practicum = "Практикум «Конструируем задание по финансовой грамотности»";
  const expertName = demoUsers.find((u) => u.email === "expert@metodset.demo")!.fullName;
  const leader = await signedIn("leader");
  await leader.goto(`/ru/calendar?view=list&date=${moscowDay(-48)}&form=practicum`);
  await leader.getByRole("link", { name: practicum }).first().click();
  await expect(leader).toHaveURL(/\/ru\/events\/[0-9a-f-]{36}$/);
  await leader.goto(`${new URL(leader.url()).pathname}/participants`);
  const row = leader.getByTestId("event-certificates").getByRole("listitem").filter({ hasText: expertName }).filter({ hasText: c("roles.speaker") });
  const number = (await row.textContent())!.match(numberPattern)![0];

  // No reason: a clear error, nothing revoked; then a reason, and the row says «отозван» without its PDF.
  await row.getByText(c("revoke.open"), { exact: true }).click();
  await row.getByRole("button", { name: c("revoke.submit") }).click();
  await expect(row.getByRole("alert")).toHaveText(c("errors.required"));
  await row.getByLabel(c("revoke.reason")).fill("Выдан по ошибке: выступление перенесено");
  for (const width of [1280, 360]) {
    await leader.setViewportSize({ width, height: 800 });
    await row.screenshot({ path: `screenshots/certificates-revoke-${width}.png` });
  }
  await row.getByRole("button", { name: c("revoke.submit") }).click();
  await expect(row).toContainText(c("revoked"));
  await expect(row.getByRole("link", { name: c("downloadLabel", { number }) })).toHaveCount(0);

  const guest = await newPage();
  await guest.goto(`/ru/certificates/${number}`);
  await expect(guest.getByTestId("certificate-check").getByRole("heading")).toHaveText(c("verify.revoked"));
  await guest.goto(`/en/certificates/${number}`);
  await expect(guest.getByTestId("certificate-check").getByRole("heading")).toHaveText(c("verify.revoked", {}, "en"));
});
