import fs from "node:fs";

export type Locale = "ru" | "en";
type Catalog = Record<string, unknown>;

/** Every messages/<locale>/<namespace>.json, keyed by namespace, as the app loads them. */
function loadCatalog(locale: Locale): Catalog {
  const dir = new URL(`../../messages/${locale}/`, import.meta.url);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json"));
  return Object.fromEntries(files.map((f) => [f.slice(0, -5), JSON.parse(fs.readFileSync(new URL(f, dir), "utf8"))]));
}

const catalogs: Record<Locale, Catalog> = { ru: loadCatalog("ru"), en: loadCatalog("en") };

/**
 * The UI text of a message key, e.g. msg("ru", "auth.signIn.submit"), with `{name}` values filled
 * in and rich-text tags (`<link>…</link>`) dropped, as the browser shows it.
 */
export function msg(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  const text = key.split(".").reduce<unknown>((node, part) => (node as Catalog | undefined)?.[part], catalogs[locale]);
  if (typeof text !== "string") throw new Error(`No message ${locale}:${key}`);
  return text.replace(/<\/?\w+>/g, "").replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}


/** A form label as rendered: the text, then an optional " *" for required fields. */
export function label(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\*?$`);
}
