import type { Locator, Page } from "@playwright/test";
import { label, msg, type Locale } from "./messages";

export class SignInPage {
  readonly main: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    readonly locale: Locale = "ru",
  ) {
    this.main = page.getByRole("main");
    this.email = this.main.getByLabel(label(msg(locale, "auth.signIn.email")));
    this.password = this.main.getByLabel(label(msg(locale, "auth.signIn.password")));
    this.heading = page.getByRole("heading", { level: 1, name: msg(locale, "auth.signIn.title"), exact: true });
    this.submit = this.main.getByRole("button", { name: msg(locale, "auth.signIn.submit"), exact: true });
  }

  async goto() {
    await this.page.goto(`/${this.locale}/sign-in`);
  }

  async signIn(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** The form-level error (wrong credentials, throttled, …). */
  formError(key: string) {
    return this.main.getByRole("alert").filter({ hasText: msg(this.locale, `errors.${key}`) });
  }
}
