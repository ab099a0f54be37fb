import type { ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { sanitize, type Schema } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";

export const linkSchemes = ["http", "https", "mailto"];

// The allow-list of SECURITY.md item 9. Every key is set: one left out would fall back to GitHub's wider schema.
const schema: Schema = {
  tagNames: [
    "p", "br", "hr", "h2", "h3", "h4", "em", "strong", "s", "ul", "ol", "li", "blockquote", "pre", "code",
    "table", "thead", "tbody", "tr", "th", "td", "a", "img",
  ],
  attributes: {
    a: ["href", "title"],
    // Only the site's own files: no tracking pixels, no mixed content, no data: URLs.
    img: [["src", /^\/api\//], "alt", "title"],
    code: [["className", /^language-[\w-]+$/]],
    ol: ["start"],
    th: [["align", "left", "center", "right"]],
    td: [["align", "left", "center", "right"]],
  },
  protocols: { href: linkSchemes },
  ancestors: { thead: ["table"], tbody: ["table"], tr: ["table"], th: ["table"], td: ["table"] },
  required: {},
  clobber: [],
  clobberPrefix: "",
  strip: ["script", "style"],
  allowComments: false,
  allowDoctypes: false,
};

const rel = ["nofollow", "noopener", "noreferrer", "ugc"];

/** Links without a safe href become their text, images without a site src their alt text; links get rel. */
function finish(node: ElementContent): ElementContent[] {
  if (node.type !== "element") return [node];
  node.children = node.children.flatMap(finish);
  if (node.tagName === "a") {
    if (typeof node.properties.href !== "string") return node.children;
    // Authors' links are not endorsed by the site and must not reach window.opener or learn the page address.
    node.properties.rel = rel;
  }
  if (node.tagName === "img" && typeof node.properties.src !== "string") {
    const alt = node.properties.alt;
    return typeof alt === "string" && alt ? [{ type: "text", value: alt }] : [];
  }
  return [node];
}

/** HTML reduced to the allow-list of rendered Markdown; links get rel, foreign images turn into their alt text. */
export function sanitizeHtml(html: string): string {
  // Parsed by parse5 as a browser would, so the sanitizer judges the tree the browser will build.
  const tree = sanitize(fromHtml(html, { fragment: true }), schema) as Root;
  tree.children = tree.children.flatMap((node) => (node.type === "doctype" ? [] : finish(node)));
  return toHtml(tree);
}
