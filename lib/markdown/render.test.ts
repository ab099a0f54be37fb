import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { describe, expect, test } from "vitest";
import { markdownExcerpt, renderMarkdown } from "./render";
import { sanitizeHtml } from "./sanitize";

// The output is checked the way a browser reads it: parsed by parse5 (the HTML standard's algorithm), URLs by WHATWG URL.
const site = "https://metodset.example";

const allowedTags = new Set([
  "p", "br", "hr", "h2", "h3", "h4", "em", "strong", "s", "ul", "ol", "li", "blockquote", "pre", "code",
  "table", "thead", "tbody", "tr", "th", "td", "a", "img",
]);
const allowedAttributes = new Set(["href", "src", "alt", "title", "rel", "className", "align", "start"]);
const linkSchemes = new Set(["http:", "https:", "mailto:"]);

function elements(source: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === "element") {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(fromHtml(source, { fragment: true }));
  return found;
}

/** Everything in this HTML outside the allow-list: foreign elements and attributes, handlers, foreign URLs. */
function dangers(output: string): string[] {
  const found: string[] = [];
  for (const { tagName, properties } of elements(output)) {
    if (!allowedTags.has(tagName)) found.push(`<${tagName}>`);
    for (const [name, value] of Object.entries(properties)) {
      if (!allowedAttributes.has(name)) found.push(`${tagName}[${name}]`);
      if (name === "href" && !linkSchemes.has(new URL(String(value), site).protocol)) found.push(`${tagName}[href=${value}]`);
      if (name === "src") {
        const url = new URL(String(value), site);
        if (url.origin !== site || !url.pathname.startsWith("/api/")) found.push(`${tagName}[src=${value}]`);
      }
    }
  }
  return found;
}

const tags = (source: string) => elements(renderMarkdown(source)).map((element) => element.tagName);
const only = (source: string, tagName: string) => elements(renderMarkdown(source)).filter((element) => element.tagName === tagName);
const text = (source: string) => renderMarkdown(source).replace(/<[^>]*>/g, "").trim();

describe("renderMarkdown: ordinary Markdown", () => {
  test("headings start at h2 and stop at h4", () => {
    expect(tags("# A\n\n## B\n\n### C\n\n#### D\n\n###### F")).toEqual(["h2", "h3", "h4", "h4", "h4"]);
    expect(text("# Заголовок")).toBe("Заголовок");
  });

  test("emphasis, strikethrough, inline code and line breaks", () => {
    expect(renderMarkdown("*a* **b** ~~c~~ `d < e`\nновая строка")).toBe(
      "<p><em>a</em> <strong>b</strong> <s>c</s> <code>d &#x3C; e</code><br>\nновая строка</p>\n",
    );
  });

  test("lists, nested and numbered from a given start", () => {
    expect(tags("- a\n  - b\n\n3. c\n4. d\n")).toEqual(["ul", "li", "ul", "li", "ol", "li", "li"]);
    expect(only("3. c", "ol")[0]?.properties.start).toBe(3);
  });

  test("blockquote and a fenced code block with its language, escaped", () => {
    expect(renderMarkdown("> цитата\n\n```ts\nif (a < b) x();\n```")).toBe(
      '<blockquote>\n<p>цитата</p>\n</blockquote>\n<pre><code class="language-ts">if (a &#x3C; b) x();\n</code></pre>\n',
    );
  });

  test("tables with alignment", () => {
    const source = "| Класс | Учеников |\n|:--|--:|\n| 5А | 28 |";
    expect(tags(source)).toEqual(["table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td"]);
    expect(only(source, "td").map((cell) => cell.properties.align)).toEqual(["left", "right"]);
  });

  test.each([
    ["[сайт](https://example.org/a?b=1 \"Подсказка\")", "https://example.org/a?b=1"],
    ["[письмо](mailto:metodist@example.org)", "mailto:metodist@example.org"],
    ["[сообщество](/ru/communities/lab)", "/ru/communities/lab"],
    ["[раздел](#plan)", "#plan"],
    ["<https://example.org>", "https://example.org"],
    ["см. https://example.org/plan.", "https://example.org/plan"],
    ["metodist@example.org", "mailto:metodist@example.org"],
  ])("link %s keeps its address, gets rel and no target", (source, href) => {
    const [link] = only(source, "a");
    expect(link?.properties).toMatchObject({ href, rel: ["nofollow", "noopener", "noreferrer", "ugc"] });
    expect(link?.properties.target).toBeUndefined();
  });

  test("link titles are kept", () => {
    expect(only('[a](https://example.org "Подсказка")', "a")[0]?.properties.title).toBe("Подсказка");
  });

  test("images only from the site's /api/ routes; others become their alt text", () => {
    expect(only('![Схема](/api/files/abc "Рис. 1")', "img")[0]?.properties).toMatchObject({ src: "/api/files/abc", alt: "Схема", title: "Рис. 1" });
    for (const src of ["https://evil.example/p.png", "//evil.example/p.png", "/\\evil.example/p.png", "/apix/p.png", "files/p.png"]) {
      expect(renderMarkdown(`![Схема](${src})`)).toBe("<p>Схема</p>\n");
    }
    expect(renderMarkdown("![](https://evil.example/pixel.gif)")).toBe("<p></p>\n");
  });

  test("raw HTML is shown as text, never as markup", () => {
    expect(renderMarkdown("Привет, <b>мир</b>!")).toBe("<p>Привет, &#x3C;b>мир&#x3C;/b>!</p>\n");
    expect(tags("<div>\nблок\n</div>")).toEqual(["p", "br", "br"]);
  });
});

// Raw HTML and Markdown around it, as attackers write it.
const htmlCorpus = [
  "<img src=x onerror=alert(1)>",
  "<img src=/api/files/1 onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  "<script>alert(1)</script>",
  "<script>\nalert(1)\n</script>",
  "text <script>alert(1)</script> text",
  "<style>body { display: none }</style>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "<<script>script>alert(1)<</script>/script>",
  "<!-- <script>alert(1)</script> -->",
  "<!--><img src=x onerror=alert(1)>-->",
  '<a href="  javascript:alert(1)">a</a>',
  '<a href="javas&#99;ript:alert(1)">a</a>',
  '<a href="https://example.org" target="_blank" onclick="alert(1)">a</a>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<p style="position:fixed;inset:0" onclick="alert(1)">a</p>',
  '<details open ontoggle="alert(1)">a</details>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<object data="javascript:alert(1)"></object>',
  '<form><button formaction="javascript:alert(1)">a</button></form>',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<div>\n\n[a](javascript:alert(1))\n\n</div>',
  "*<img src=x onerror=alert(1)>*",
  "[<img src=x onerror=alert(1)>](https://example.org)",
  "[![a](javascript:alert(1))](javascript:alert(2))",
  "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
  "- <svg onload=alert(1)>\n- [x] <input type=text autofocus onfocus=alert(1)>",
  "> <iframe src=//evil.example></iframe>",
  '[a](https://example.org "\\" onmouseover=\\"alert(1)")',
  "[a](https://example.org 'x\\' onclick=alert(1)')",
  '![a](/api/files/1 "\\" onerror=\\"alert(1)")',
  "x[^a\"onclick=\"alert(1)]\n\n[^a\"onclick=\"alert(1)]: y",
  "`<script>alert(1)</script>`",
  "[a](&#0;javascript:alert(1))",
  "```html\n<img src=x onerror=alert(1)>\n```",
];

describe("renderMarkdown: the XSS corpus renders nothing executable", () => {
  test("the checker itself finds each kind of danger", () => {
    expect(dangers('<img src=x onerror=alert(1)><svg onload=alert(1)></svg><a href=" javascript:alert(1)" target=_blank>a</a><p style="x">b</p>')).toEqual([
      "img[src=x]",
      "img[onError]",
      "<svg>",
      "svg[onLoad]",
      "a[href= javascript:alert(1)]",
      "a[target]",
      "p[style]",
    ]);
    expect(dangers('<a href="JaVa&#x09;ScRiPt:alert(1)">a</a><img src="//evil.example/api/x"><input type=text>')).toEqual([
      "a[href=JaVa\tScRiPt:alert(1)]",
      "img[src=//evil.example/api/x]",
      "<input>",
      "input[type]",
    ]);
  });

  // Addresses a browser would run, or load from elsewhere: no link or image comes out.
  test.each([
    "[a](javascript:alert(1))",
    "[a](JaVaScRiPt:alert(1))",
    "[a](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
    "[a](&#x6A;avascript&#x3A;alert(1))",
    "[a](javascript&#58;alert(1))",
    "[a](javascript&colon;alert(1))",
    "[a](javascript\\:alert(1))",
    "[a](<java\tscript:alert(1)>)",
    "[a](<  javascript:alert(1)>)",
    "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[a](vbscript:msgbox(1))",
    "[a](file:///etc/passwd)",
    "[a][x]\n\n[x]: javascript:alert(1)",
    "[a](javascript:alert(1) \"title\")",
  ])("link %s", (source) => {
    expect(dangers(renderMarkdown(source))).toEqual([]);
    expect(only(source, "a")).toEqual([]);
  });

  test.each([
    "![a](javascript:alert(1))",
    "![a](JaVaScRiPt:alert(1))",
    "![a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "![a](vbscript:msgbox(1))",
    "![a](https://evil.example/api/files/1)",
  ])("image %s", (source) => {
    expect(dangers(renderMarkdown(source))).toEqual([]);
    expect(only(source, "img")).toEqual([]);
  });

  test.each([
    "<javascript:alert(1)>",
    "<JAVASCRIPT:alert(1)>",
    "<data:text/html,<script>alert(1)</script>>",
    "<vbscript:msgbox(1)>",
  ])("autolink %s", (source) => {
    expect(dangers(renderMarkdown(source))).toEqual([]);
    expect(only(source, "a")).toEqual([]);
  });

  test.each(htmlCorpus)("%s", (source) => {
    expect(dangers(renderMarkdown(source))).toEqual([]);
  });

  // The second line: were raw HTML ever let through to it, the sanitizer alone still holds.
  test.each(htmlCorpus)("sanitizeHtml %s", (source) => {
    expect(dangers(sanitizeHtml(source))).toEqual([]);
  });

  test("sanitizeHtml keeps allowed markup and gives links rel instead of target", () => {
    expect(sanitizeHtml('<p onclick="x()">a <a href="https://example.org" target="_blank">b</a> <a href="javascript:alert(1)">c</a></p>')).toBe(
      '<p>a <a href="https://example.org" rel="nofollow noopener noreferrer ugc">b</a> c</p>',
    );
  });

  test("code keeps HTML as visible text", () => {
    expect(renderMarkdown("`<script>alert(1)</script>`")).toBe("<p><code>&#x3C;script>alert(1)&#x3C;/script></code></p>\n");
  });

  test("a title cannot break out of its attribute", () => {
    const [link] = only('[a](https://example.org "\\" onmouseover=\\"alert(1)")', "a");
    expect(link?.properties.title).toBe('" onmouseover="alert(1)');
    expect(link?.properties.onMouseOver).toBeUndefined();
  });
});

describe("markdownExcerpt", () => {
  test("is the plain text, blocks joined by spaces, without markup or images", () => {
    const source = "# Итоги\n\n**Семинар** прошёл _успешно_![фото](/api/files/1).\n\n- `код`\n- [ссылка](https://example.org)\n\n> цитата\n\n| a | b |\n|---|---|\n| 1 | 2 |";
    expect(markdownExcerpt(source, 200)).toBe("Итоги Семинар прошёл успешно. код ссылка цитата a b 1 2");
  });

  test("raw HTML stays literal text, as on the page", () => {
    expect(markdownExcerpt("Привет, <b>мир</b>!", 50)).toBe("Привет, <b>мир</b>!");
  });

  test("short text is returned whole", () => {
    expect(markdownExcerpt("Коротко   и\nясно", 15)).toBe("Коротко и ясно");
    expect(markdownExcerpt("", 10)).toBe("");
  });

  test("long text ends at a word boundary with an ellipsis, within maxChars", () => {
    const excerpt = markdownExcerpt("Методическое объединение учителей математики, информатики и физики", 40);
    expect(excerpt).toBe("Методическое объединение учителей…");
    expect(excerpt.length).toBeLessThanOrEqual(40);
  });

  test("a long word is cut, and never inside an emoji", () => {
    expect(markdownExcerpt("Оченьоченьдлинноеслово", 10)).toBe("Оченьочен…");
    expect(markdownExcerpt("😀😀😀😀😀", 3)).toBe("😀😀…");
  });
});
