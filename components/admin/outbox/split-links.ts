export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// Only absolute http(s) addresses become links; anything else (javascript:, data:, mailto:) stays text.
const urlPattern = /https?:\/\/[^\s<>"'`]+/gi;

/** Splits plain text into text and link parts, for rendering as React nodes (never as HTML). */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const pushText = (chunk: string) => {
    if (!chunk) return;
    const previous = parts.at(-1);
    if (previous?.kind === "text") previous.text += chunk;
    else parts.push({ kind: "text", text: chunk });
  };
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const candidate = trimTrailing(match[0]);
    pushText(text.slice(last, match.index));
    const href = safeHref(candidate);
    if (href) parts.push({ kind: "link", text: candidate, href });
    else pushText(candidate);
    last = match.index + candidate.length;
  }
  pushText(text.slice(last));
  return parts;
}

/** "(see https://x.ru/a)." — the closing bracket and the full stop belong to the sentence. */
function trimTrailing(url: string): string {
  let end = url.length;
  while (end > 0) {
    const ch = url[end - 1]!;
    const head = url.slice(0, end);
    if (".,;:!?»]".includes(ch) || (ch === ")" && countOf(head, "(") < countOf(head, ")"))) end -= 1;
    else break;
  }
  return url.slice(0, end);
}

function countOf(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}
