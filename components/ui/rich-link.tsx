import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

/** A chunk renderer for next-intl's t.rich: `<link>…</link>` becomes a link opening in a new tab. */
export function richLink(href: string) {
  return function RichLink(chunks: ReactNode) {
    return (
      <Link href={href} target="_blank">
        {chunks}
      </Link>
    );
  };
}
