import { expect, type Locator, type Page } from "@playwright/test";
import { label, msg, type Locale } from "./messages";

export type Registration = {
  fullName: string;
  email: string;
  password: string;
  /** Typed into the directory search, then the option whose name contains `pick` is chosen. */
  organization: { search: string; pick: string };
  position: string;
  /** Subject codes, e.g. "mathematics". */
  subjects: string[];
  showProfile?: boolean;
};

export class RegisterPage {
  readonly main: Locator;

  constructor(
    readonly page: Page,
    readonly locale: Locale = "ru",
  ) {
    this.main = page.getByRole("main");
  }

  private t(key: string, values?: Record<string, string>) {
    return msg(this.locale, `auth.register.${key}`, values);
  }

  field(key: "fullName" | "email" | "password" | "position") {
    return this.main.getByLabel(label(this.t(key)));
  }

  subject(code: string) {
    return this.main.getByRole("checkbox", { name: msg(this.locale, `reference.subjects.${code}`), exact: true });
  }

  consent(key: "acceptRules" | "acceptPersonalData" | "acceptProfileVisibility") {
    return this.main.getByRole("checkbox", { name: this.t(key) });
  }

  get submit() {
    return this.main.getByRole("button", { name: this.t("submit"), exact: true });
  }

  get chosenOrganization() {
    return this.main.getByText(this.t("organizationChosen", { name: "" }));
  }

  async goto() {
    await this.page.goto(`/${this.locale}/register`);
  }

  async chooseOrganization(search: string, pick: string) {
    await this.main.getByRole("searchbox", { name: this.t("organizationSearch") }).fill(search);
    await this.main.getByRole("button", { name: pick }).first().click();
    await expect(this.main.getByText(this.t("organizationChosen", { name: pick }))).toBeVisible();
  }

  async fill(data: Registration) {
    await this.field("fullName").fill(data.fullName);
    await this.field("email").fill(data.email);
    await this.field("password").fill(data.password);
    await this.chooseOrganization(data.organization.search, data.organization.pick);
    await this.field("position").fill(data.position);
    for (const code of data.subjects) await this.subject(code).check();
    await this.consent("acceptRules").check();
    await this.consent("acceptPersonalData").check();
    await this.consent("acceptProfileVisibility").setChecked(data.showProfile ?? true);
  }

  async register(data: Registration) {
    await this.goto();
    await this.fill(data);
    await this.submit.click();
  }

  /** The "check your mail" message shown after a successful registration. */
  get done() {
    return this.main.getByRole("status").filter({ hasText: this.t("doneTitle") });
  }

  fieldError(key: string) {
    return this.main.getByRole("alert").filter({ hasText: msg(this.locale, `errors.${key}`) });
  }
}
