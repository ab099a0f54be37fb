import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

type Messages = Record<string, unknown>;

/** What every client component may use: the shell's words and the common error texts. */
const shell = ["common", "errors"];

/**
 * Client components get only the messages they use, not every namespace on every page (which
 * tripled the HTML of a page). A nested provider replaces its parent's messages rather than
 * merging them, so each one carries the shell's namespaces too. Paths may be nested: "plan.errors".
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: string[]; children: ReactNode }) {
  const all = (await getMessages()) as Messages;
  return <NextIntlClientProvider messages={pickMessages(all, [...shell, ...namespaces])}>{children}</NextIntlClientProvider>;
}

export function pickMessages(all: Messages, paths: string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = all;
    let to = picked;
    keys.forEach((key, i) => {
      from = (from as Messages | undefined)?.[key];
      if (from === undefined) throw new Error(`ClientMessages: no messages at "${path}"`);
      if (i === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as Messages;
    });
  }
  return picked;
}
