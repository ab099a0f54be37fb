import type { APIResponse } from "@playwright/test";
import { demoUsers } from "../db/seed/demo-data";
import { demo, expect, msg, test, uniqueEmail, uniqueIp } from "./fixtures";

const demoEmails = demoUsers.map((u) => u.email);
const hashMarker = "$argon2";

/** Every leak we look for in a response body: a password hash, or any demo user's e-mail. */
function leaks(body: string, allowed: string[] = []): string[] {
  return [hashMarker, ...demoEmails.filter((e) => !allowed.includes(e))].filter((canary) => body.includes(canary));
}

function checkCsp(response: APIResponse, html: string) {
  const csp = response.headers()["content-security-policy"];
  expect(csp, `CSP on ${response.url()}`).toBeTruthy();
  const directives = new Map(csp!.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'none'"]);
  expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  const scriptSrc = directives.get("script-src") ?? [];
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce, `script-src nonce on ${response.url()}`).toBeTruthy();
  // Every script the server renders carries this response's nonce.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, `script on ${response.url()}`).toContain(`nonce="${nonce}"`);
  return nonce!;
}

const guestPages = ["/ru", "/en", "/ru/sign-in", "/ru/register", "/ru/forgot-password", "/ru/reset-password?token=x", "/ru/verify-email?token=x", "/ru/rules", "/ru/privacy", "/ru/organizations", "/en/users/00000000-0000-4000-8000-000000000000", "/ru/profile", "/ru/admin/outbox"];

test.describe("Content-Security-Policy", () => {
  test("every HTML page carries a nonce policy with object-src, base-uri and frame-ancestors 'none'", async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of guestPages) {
      const response = await request.get(path);
      expect(response.headers()["content-type"], path).toContain("text/html");
      nonces.add(checkCsp(response, await response.text()));
    }
    // A fresh nonce per response.
    expect(nonces.size).toBe(guestPages.length);
  });

  test("unknown paths get the policy and a nonce too", async ({ request }) => {
    for (const path of ["/ru/no-such-page", "/ru/users/a.b", "/ru/x.html"]) {
      const response = await request.get(path);
      expect(response.headers()["content-type"], path).toContain("text/html");
      checkCsp(response, await response.text());
    }
  });

  test("signed-in pages carry it too", async ({ signedIn }) => {
    const page = await signedIn("administrator");
    for (const path of ["/ru/profile", "/ru/admin/outbox", "/en/admin/outbox"]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      checkCsp(response, await response.text());
    }
  });

  test("an injected inline script does not run while the page's own scripts do", async ({ page }) => {
    // A stored-XSS stand-in: the server's HTML with a foreign script and an event handler spliced in.
    // The control run drops the CSP header and shows that the same injection would run.
    const injection = `<script>window.__injected = "script";</script><img src="/nope.png" onerror="window.__injectedHandler = true">`;
    let keepCsp = true;
    await page.route("**/ru/sign-in", async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      if (!keepCsp) delete headers["content-security-policy"];
      await route.fulfill({ response, headers, body: (await response.text()).replace("</body>", `${injection}</body>`) });
    });
    const flags = () =>
      page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        return { script: w.__injected ?? null, handler: w.__injectedHandler ?? null, nextRan: Array.isArray(w.__next_f) };
      });

    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto("/ru/sign-in");
    // The page hydrated (its nonce-carrying scripts ran): submitting the empty form shows client-side errors.
    await page.getByRole("main").getByRole("button", { name: msg("ru", "auth.signIn.submit"), exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert").first()).toHaveText(msg("ru", "errors.required"));
    // Markup added at run time with an inline handler is refused too.
    const handlerViolation = await page.evaluate(async () => {
      const seen = new Promise<string>((resolve) => document.addEventListener("securitypolicyviolation", (e) => resolve(e.violatedDirective), { once: true }));
      const div = document.createElement("div");
      div.innerHTML = `<img src="/nope-2.png" onerror="window.__injectedHandler = 'innerHTML'">`;
      document.body.appendChild(div);
      return Promise.race([seen, new Promise<string>((r) => setTimeout(() => r("none"), 2000))]);
    });
    expect(handlerViolation).toMatch(/^script-src/);
    expect(await flags()).toEqual({ script: null, handler: null, nextRan: true });
    expect(violations.length).toBeGreaterThan(0);

    keepCsp = false;
    await page.goto("/ru/sign-in");
    await expect.poll(flags).toEqual({ script: "script", handler: true, nextRan: true });
  });
});

test("the sixth wrong password from one address gets 429 at /api/auth/callback/credentials", async ({ playwright, baseURL }) => {
  const ip = uniqueIp();
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
  try {
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    expect(csrfToken).toBeTruthy();
    const attempt = (email: string) => api.post("/api/auth/callback/credentials", { form: { email, password: "Wrong-password-2026!", csrfToken }, maxRedirects: 0 });

    // Different accounts each time: only the per-address limit can trip.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt(uniqueEmail(`guess${i}`))).status());
    expect(statuses.slice(0, 5).every((s) => s !== 429 && s < 500)).toBe(true);
    expect(statuses[5]).toBe(429);
    // The correct password does not get through the block either.
    const blocked = await api.post("/api/auth/callback/credentials", { form: { email: demo.methodist, password: demo.password, csrfToken }, maxRedirects: 0 });
    expect(blocked.status()).toBe(429);
  } finally {
    await api.dispose();
  }
});

test("the sixth wrong password for one account gets 429 from any address", async ({ playwright, baseURL }) => {
  const email = uniqueEmail("target");
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    statuses.push((await api.post("/api/auth/callback/credentials", { form: { email, password: `Wrong-${i}-password!`, csrfToken }, maxRedirects: 0 })).status());
    await api.dispose();
  }
  expect(statuses.slice(0, 5)).not.toContain(429);
  expect(statuses[5]).toBe(429);
});

test.describe("the proxy is never the gate", () => {
  const bypassHeaders: Record<string, Record<string, string>> = {
    "x-middleware-subrequest": { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
    "x-middleware-subrequest (proxy)": { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
    "RSC: 1": { RSC: "1" },
    "Next-Router-Prefetch: 1": { "Next-Router-Prefetch": "1" },
    "RSC prefetch": { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree" },
  };
  const protectedPaths = ["/ru/profile", "/ru/admin/users", "/ru/admin/outbox", "/en/admin/outbox", "/ru/profile.rsc", "/ru/admin/outbox.rsc"];

  for (const [name, headers] of Object.entries(bypassHeaders)) {
    test(`a guest sending ${name} gets no protected data`, async ({ request }) => {
      for (const path of protectedPaths) {
        const response = await request.get(path, { headers, maxRedirects: 0 });
        const body = await response.text();
        expect(leaks(body), `${name} ${path} → ${response.status()}`).toEqual([]);
        expect(body, `${name} ${path}`).not.toMatch(/verify-email\?token=|reset-password\?token=/);
      }
    });
  }
});

test.describe("responses carry view objects only", () => {
  const payloads: Record<string, string>[] = [{}, { RSC: "1" }];

  test("the home page HTML and RSC payload hold no password hash and no e-mails, for a guest", async ({ request }) => {
    for (const headers of payloads) {
      const response = await request.get("/ru", { headers });
      expect(response.status()).toBe(200);
      expect(leaks(await response.text())).toEqual([]);
    }
  });

  test("…and for signed-in users, whose own profile shows only their own e-mail", async ({ signedIn }) => {
    for (const role of ["participant", "administrator"] as const) {
      const page = await signedIn(role);
      for (const headers of payloads) {
        const home = await page.request.get("/ru", { headers });
        expect(leaks(await home.text()), `${role} home ${JSON.stringify(headers)}`).toEqual([]);
        const profile = await page.request.get("/ru/profile", { headers });
        expect(profile.status()).toBe(200);
        const body = await profile.text();
        expect(body).toContain(demo[role]);
        expect(leaks(body, [demo[role]]), `${role} profile ${JSON.stringify(headers)}`).toEqual([]);
      }
    }
  });
});

test("a malformed id in a page address is a 404, not a server error", async ({ request }) => {
  for (const path of ["/ru/users/not-a-uuid", "/ru/admin/outbox/not-a-uuid"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).not.toBe(500);
  }
});

test("/api/health answers 200 with status ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  expect(response.headers()["cache-control"]).toContain("no-store");
});
