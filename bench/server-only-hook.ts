import { register } from "node:module";

// Benchmarks call server code (lib/materials/search.ts) outside Next: "server-only" resolves to
// nothing here, as it does in a React Server Component (and as vitest.config.ts aliases it).
// Import this module before any server module, with a dynamic import after it.

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;

register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url);
