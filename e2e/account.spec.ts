import { demo, expect, label, msg, test, uniqueEmail, uniqueIp, type Locale } from "./fixtures";
import { OutboxPage } from "./pages/outbox-page";
import { ProfilePage } from "./pages/profile-page";
import { RegisterPage, type Registration } from "./pages/register-page";
import { SignInPage } from "./pages/sign-in-page";

const strongPassword = "Ясный-день-над-Окой-77";

const newcomer = {
  ru: {
    fullName: "Тестова Вера Павловна",
    organization: { search: "СОШ № 3", pick: "МАОУ «СОШ № 3»" },
    position: "учитель физики",
    subjects: ["physics", "mathematics"],
    edited: { position: "учитель физики и астрономии", about: "Веду кружок «Юный астроном» для 7–9 классов.", timeZone: "Asia/Yekaterinburg" },
  },
  en: {
    fullName: "Test Vera Pavlovna",
    organization: { search: "Лицей № 2", pick: "МБОУ «Лицей № 2»" },
    position: "physics teacher",
    subjects: ["physics"],
    edited: { position: "physics and astronomy teacher", about: "I run an astronomy club for years 7–9.", timeZone: "Asia/Vladivostok" },
  },
} as const;

for (const locale of ["ru", "en"] as const satisfies Locale[]) {
  test(`${locale}: a teacher registers, an administrator finds the link in the outbox, the teacher confirms, signs in and edits the profile`, async ({ page, adminPage }) => {
    const data = newcomer[locale];
    const registration: Registration = { ...data, subjects: [...data.subjects], email: uniqueEmail(`teacher-${locale}`), password: strongPassword };

    const register = new RegisterPage(page, locale);
    await register.register(registration);
    await expect(register.done).toBeVisible();
    await expect(register.done).toContainText(msg(locale, "auth.register.doneText", { email: registration.email }));

    // The administrator, in a browser of their own, reads the confirmation link in the outbox.
    const outbox = new OutboxPage(adminPage, locale);
    await outbox.openNewest(registration.email, msg(locale, "mail.verifyEmail.subject"));
    await expect(outbox.main).toContainText(registration.fullName);
    const link = await outbox.linkTo(`/${locale}/verify-email?token=`);
    expect(link).toMatch(new RegExp(`^http://localhost:\\d+/${locale}/verify-email\\?token=[\\w-]{20,}$`));

    await page.goto(link);
    await expect(page.getByRole("main").getByRole("status")).toHaveText(msg(locale, "auth.verify.success"));
    await page.getByRole("main").getByRole("link", { name: msg(locale, "auth.verify.signIn"), exact: true }).click();

    const signIn = new SignInPage(page, locale);
    await expect(signIn.heading).toBeVisible();
    await signIn.signIn(registration.email, registration.password);
    await expect(page).toHaveURL(new RegExp(`/${locale}/profile$`));

    const profile = new ProfilePage(page, locale);
    await expect(profile.field("fullName")).toHaveValue(registration.fullName);
    await expect(profile.field("position")).toHaveValue(registration.position);
    await profile.field("position").fill(data.edited.position);
    await profile.field("about").fill(data.edited.about);
    await profile.field("timeZone").selectOption(data.edited.timeZone);
    await profile.save.click();
    await expect(profile.saved).toBeVisible();

    await page.reload();
    await expect(profile.field("position")).toHaveValue(data.edited.position);
    await expect(profile.field("about")).toHaveValue(data.edited.about);
    await expect(profile.field("timeZone")).toHaveValue(data.edited.timeZone);
  });

  test(`${locale}: a taken e-mail and a weak password show translated errors and keep what was typed`, async ({ page }) => {
    const data = newcomer[locale];
    const register = new RegisterPage(page, locale);
    await register.goto();
    await register.fill({ ...data, subjects: [...data.subjects], email: demo.participant, password: "password123" });
    await register.submit.click();

    await expect(register.fieldError("passwordWeak")).toBeVisible();
    await expect(register.field("password")).toHaveAttribute("aria-invalid", "true");

    await register.field("password").fill(strongPassword);
    await register.submit.click();
    await expect(register.fieldError("emailTaken")).toBeVisible();
    await expect(register.field("email")).toHaveAttribute("aria-invalid", "true");
    await expect(register.fieldError("passwordWeak")).toHaveCount(0);

    // Nothing typed was cleared by either refusal.
    await expect(register.field("fullName")).toHaveValue(data.fullName);
    await expect(register.field("email")).toHaveValue(demo.participant);
    await expect(register.field("password")).toHaveValue(strongPassword);
    await expect(register.field("position")).toHaveValue(data.position);
    await expect(register.main.getByText(msg(locale, "auth.register.organizationChosen", { name: data.organization.pick }))).toBeVisible();
    for (const code of data.subjects) await expect(register.subject(code)).toBeChecked();
    await expect(register.consent("acceptRules")).toBeChecked();
    await expect(register.consent("acceptPersonalData")).toBeChecked();
    // The page shows translations, never raw message keys.
    await expect(register.main).not.toContainText(/\b(passwordWeak|emailTaken)\b/);
  });
}

test("signing in with a wrong password or an unknown e-mail shows the same generic message", async ({ newPage }) => {
  const page = await newPage({ ip: uniqueIp() });
  const signIn = new SignInPage(page, "ru");
  await signIn.goto();
  await signIn.signIn(demo.participant, "Wrong-password-2026!");
  await expect(signIn.formError("invalidCredentials")).toHaveText(msg("ru", "errors.invalidCredentials"));
  await expect(signIn.email).toHaveValue(demo.participant);

  await signIn.signIn(uniqueEmail("nobody"), "Wrong-password-2026!");
  await expect(signIn.formError("invalidCredentials")).toHaveText(msg("ru", "errors.invalidCredentials"));
  await expect(page).toHaveURL(/\/ru\/sign-in$/);
});

test("a password reset through the outbox link works once and the old password stops working", async ({ newPage, adminPage }) => {
  const email = "m.popova@metodset.demo";
  const newPassword = "Палитра-для-изостудии-2026";
  const page = await newPage({ ip: uniqueIp() });

  await page.goto("/ru/sign-in");
  await page.getByRole("main").getByRole("link", { name: msg("ru", "auth.signIn.forgot") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("ru", "auth.forgot.title"));
  await page.getByRole("main").getByLabel(label(msg("ru", "auth.forgot.email"))).fill(email);
  await page.getByRole("main").getByRole("button", { name: msg("ru", "auth.forgot.submit") }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(msg("ru", "auth.forgot.sent"));

  const outbox = new OutboxPage(adminPage, "ru");
  await outbox.openNewest(email, msg("ru", "mail.resetPassword.subject"));
  const link = await outbox.linkTo("/ru/reset-password?token=");

  await page.goto(link);
  await page.getByRole("main").getByLabel(label(msg("ru", "auth.reset.password"))).fill(newPassword);
  await page.getByRole("main").getByRole("button", { name: msg("ru", "auth.reset.submit") }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(msg("ru", "auth.reset.done"));
  await page.getByRole("main").getByRole("link", { name: msg("ru", "auth.reset.signIn") }).click();

  const signIn = new SignInPage(page, "ru");
  await expect(signIn.heading).toBeVisible();
  await signIn.signIn(email, demo.password);
  await expect(signIn.formError("invalidCredentials")).toBeVisible();
  await signIn.signIn(email, newPassword);
  await expect(page).toHaveURL(/\/ru\/profile$/);

  // The same link a second time is refused.
  await page.goto(link);
  await page.getByRole("main").getByLabel(label(msg("ru", "auth.reset.password"))).fill("Другой-пароль-для-Оки-31");
  await page.getByRole("main").getByRole("button", { name: msg("ru", "auth.reset.submit") }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(msg("ru", "errors.tokenUsed"));
});
