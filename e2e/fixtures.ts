import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { demoLogins, demoPassword } from "../db/seed/demo-data";
import { SignInPage } from "./pages/sign-in-page";

export { expect };
export { label, msg, type Locale } from "./pages/messages";

export const demo = { password: demoPassword, ...demoLogins } as const;
export type DemoRole = keyof typeof demoLogins;

let counter = 0;
/** A fresh address per call: the run's database is new, but tests in one run must not collide. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}${counter}@example.test`;
}

/** A distinct client address (x-forwarded-for), so sign-in throttling in one test never reaches another. */
export function uniqueIp(): string {
  const n = Math.floor(Math.random() * 0xffffff);
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/**
 * Makes goto and reload wait until React has hydrated an HTML page (components/shell/hydration-mark.tsx):
 * a check or a keystroke before that is overwritten when the form's fields register.
 */
function awaitingHydration(page: Page): Page {
  for (const name of ["goto", "reload"] as const) {
    const navigate = page[name].bind(page) as (...args: unknown[]) => ReturnType<Page["reload"]>;
    Object.assign(page, {
      [name]: async (...args: unknown[]) => {
        const response = await navigate(...args);
        if (response?.headers()["content-type"]?.includes("text/html")) await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
        return response;
      },
    });
  }
  return page;
}

/** Client-side next-intl errors seen in this test: a namespace its page's ClientMessages does not give. */
let messageErrors: string[] = [];

/** Every page a test drives: waits for hydration and watches for missing client messages. */
function prepared(page: Page): Page {
  page.on("console", (message) => {
    if (message.type() === "error" && /MISSING_MESSAGE|INSUFFICIENT_PATH|INVALID_KEY/.test(message.text())) messageErrors.push(`${page.url()}: ${message.text()}`);
  });
  return awaitingHydration(page);
}

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

type WorkerFixtures = {
  /** Signs a demo user in through the sign-in form once per worker and keeps the session cookies. */
  demoSession: (role: DemoRole, options?: { fresh?: boolean }) => Promise<StorageState>;
};

type TestFixtures = {
  /** A new browser context (own cookies, same viewport) already signed in as the demo user. */
  signedIn: (role: DemoRole) => Promise<Page>;
  /** A new, signed-out browser context, e.g. for a second person or a separate client address. */
  newPage: (options?: { ip?: string }) => Promise<Page>;
  adminPage: Page;
  clientMessages: void;
};

async function signInThroughForm(browser: Browser, baseURL: string, role: DemoRole): Promise<StorageState> {
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    const signIn = new SignInPage(page, "ru");
    await signIn.goto();
    await signIn.signIn(demoLogins[role], demoPassword);
    await expect(page).toHaveURL(/\/ru\/profile$/);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  page: async ({ page }, provide) => {
    await provide(prepared(page));
  },

  clientMessages: [
    async ({}, provide) => {
      messageErrors = [];
      await provide();
      expect(messageErrors, "messages missing in the browser").toEqual([]);
    },
    { auto: true },
  ],

  demoSession: [
    async ({ browser }, provide, workerInfo) => {
      const baseURL = String(workerInfo.project.use.baseURL);
      const sessions = new Map<DemoRole, Promise<StorageState>>();
      await provide((role, { fresh = false } = {}) => {
        let state = sessions.get(role);
        if (!state || fresh) {
          state = signInThroughForm(browser, baseURL, role);
          sessions.set(role, state);
          state.catch(() => sessions.delete(role)); // a failed sign-in is retried by the next test
        }
        return state;
      });
    },
    { scope: "worker" },
  ],

  newPage: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async ({ ip } = {}) => {
      const context = await browser.newContext(ip ? { extraHTTPHeaders: { "x-forwarded-for": ip } } : {});
      contexts.push(context);
      return prepared(await context.newPage());
    });
    for (const context of contexts) await context.close();
  },

  signedIn: async ({ browser, demoSession }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (role) => {
      let context = await browser.newContext({ storageState: await demoSession(role) });
      // A test may have ended the cached session (a block, a password or role change): sign in again.
      if ((await context.request.get("/ru/profile", { maxRedirects: 0 })).status() !== 200) {
        await context.close();
        context = await browser.newContext({ storageState: await demoSession(role, { fresh: true }) });
      }
      contexts.push(context);
      return prepared(await context.newPage());
    });
    for (const context of contexts) await context.close();
  },

  adminPage: async ({ signedIn }, provide) => {
    await provide(await signedIn("administrator"));
  },
});
