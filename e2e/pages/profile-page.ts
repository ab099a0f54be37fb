import type { Locator, Page } from "@playwright/test";
import { label, msg, type Locale } from "./messages";

export class ProfilePage {
  readonly main: Locator;

  constructor(
    readonly page: Page,
    readonly locale: Locale = "ru",
  ) {
    this.main = page.getByRole("main");
  }

  async goto() {
    await this.page.goto(`/${this.locale}/profile`);
  }

  field(key: "fullName" | "position" | "about" | "timeZone" | "phone") {
    return this.main.getByLabel(label(msg(this.locale, `profile.edit.${key}`)));
  }

  get save() {
    return this.main.getByRole("button", { name: msg(this.locale, "common.actions.save"), exact: true });
  }

  get saved() {
    return this.main.getByRole("status").filter({ hasText: msg(this.locale, "common.actions.saved") });
  }
}
