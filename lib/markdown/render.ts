import MarkdownIt, { type Token } from "markdown-it";
import { linkSchemes, sanitizeHtml } from "./sanitize";

/** Relative, or with a scheme from the list; the first colon before any / ? # ends a scheme, as browsers read it. */
function isAllowedUrl(url: string): boolean {
  const scheme = /^([^/?#]*?):/.exec(url)?.[1];
  return scheme === undefined || linkSchemes.includes(scheme.toLowerCase());
}

// markdown-it: fast, linear on pathological input, nesting capped at 100. html: false prints raw HTML as text;
// the sanitizer behind it is the second line, should that ever change.
// breaks: text pasted from a word processor has one newline between paragraphs, and authors expect to see it.
const markdown = new MarkdownIt("default", { html: false, linkify: true, breaks: true });
markdown.validateLink = isAllowedUrl;
markdown.core.ruler.push("site_conventions", (state) => {
  for (const token of state.tokens) {
    // The page has its own h1, so Markdown headings start at h2 and stop at h4.
    if (token.type === "heading_open" || token.type === "heading_close") {
      token.tag = `h${Math.min(Number(token.tag.slice(1)) + 1, 4)}`;
    }
    // Cells are aligned with style="text-align:…"; no style passes the sanitizer, the align attribute says the same.
    const style = token.attrGet("style");
    if (typeof style === "string") token.attrs = [["align", style.replace("text-align:", "")]];
  }
});

/** Markdown written by users (materials, posts, messages) as HTML that is safe to insert into a page. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source));
}

function inlineText(tokens: Token[]): string {
  return tokens
    .map((token) => (token.type === "text" || token.type === "code_inline" ? token.content : token.type.endsWith("break") ? " " : ""))
    .join("");
}

/** Markdown as one line of plain text, at most maxChars characters (an ellipsis included), for cards and snippets. */
export function markdownExcerpt(source: string, maxChars: number): string {
  const blocks = markdown.parse(source, {}).map((token) => {
    if (token.type === "inline") return inlineText(token.children ?? []);
    return token.type === "fence" || token.type === "code_block" ? token.content : "";
  });
  const text = blocks.join(" ").replace(/\s+/g, " ").trim();
  if (text.length <= maxChars) return text;
  const chars = Array.from(text); // code points, so an emoji is never cut in half
  if (chars.length <= maxChars) return text;
  if (maxChars < 1) return "";
  const cut = chars.slice(0, maxChars - 1).join("");
  const space = cut.lastIndexOf(" ");
  // End at a word boundary unless that would throw away more than half.
  const head = space > cut.length / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,.;:—–-]+$/u, "")}…`;
}
