import { expect, type Locator, type Page } from "@playwright/test";
import { msg, type Locale } from "./messages";

/** The administrators' development outbox: find the newest mail to someone and read its link. */
export class OutboxPage {
  readonly main: Locator;

  constructor(
    readonly page: Page,
    readonly locale: Locale = "ru",
  ) {
    this.main = page.getByRole("main");
  }

  async goto() {
    await this.page.goto(`/${this.locale}/admin/outbox`);
    await expect(this.main.getByRole("heading", { level: 1, name: msg(this.locale, "outbox.title") })).toBeVisible();
  }

  get mails() {
    return this.main.getByRole("list", { name: msg(this.locale, "outbox.listLabel") }).getByRole("listitem");
  }

  /** Filters by recipient through the search form and opens the newest mail whose subject contains `subject`. */
  async openNewest(recipient: string, subject: string | RegExp) {
    await this.goto();
    await this.main.getByRole("searchbox", { name: msg(this.locale, "outbox.filter.label") }).fill(recipient);
    await this.main.getByRole("button", { name: msg(this.locale, "outbox.filter.submit"), exact: true }).click();
    const mail = this.mails.filter({ hasText: recipient }).filter({ hasText: subject }).first();
    await mail.getByRole("link").click();
    await expect(this.main.getByRole("heading", { level: 1 })).toContainText(subject);
  }

  /** The address of the first link in the open mail whose path contains `pathPart`. */
  async linkTo(pathPart: string): Promise<string> {
    const link = this.main.getByRole("link", { name: new RegExp(pathPart.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")) }).first();
    const href = await link.getAttribute("href");
    expect(href).toBeTruthy();
    return href!;
  }
}
