import type { Locale } from "./routing";

// One JSON file per namespace and locale; a domain adds its file here.
const namespaces = ["common", "errors", "home", "auth", "profile", "organizations", "admin", "adminUsers", "outbox", "reference", "documents", "communities", "notifications", "feed", "plan", "announcements", "membership", "materials", "events", "contests"] as const;

export async function loadMessages(locale: Locale) {
  const entries = await Promise.all(namespaces.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default] as const));
  return Object.fromEntries(entries) as Record<(typeof namespaces)[number], Record<string, unknown>>;
}
