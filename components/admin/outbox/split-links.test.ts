import { describe, expect, test } from "vitest";
import { splitLinks } from "./split-links";

describe("splitLinks", () => {
  test("a mail body: text around one link, line breaks kept", () => {
    const body = "Здравствуйте!\n\nОткройте ссылку:\n\nhttp://localhost:3100/ru/verify-email?token=abc_DEF-123\n\nСсылка действует 3 дня.";
    expect(splitLinks(body)).toEqual([
      { kind: "text", text: "Здравствуйте!\n\nОткройте ссылку:\n\n" },
      { kind: "link", text: "http://localhost:3100/ru/verify-email?token=abc_DEF-123", href: "http://localhost:3100/ru/verify-email?token=abc_DEF-123" },
      { kind: "text", text: "\n\nСсылка действует 3 дня." },
    ]);
  });

  test("several links, and sentence punctuation stays outside", () => {
    expect(splitLinks("См. https://a.ru/x, (https://b.ru/y). И https://ru.wikipedia.org/wiki/Foo_(bar)!")).toEqual([
      { kind: "text", text: "См. " },
      { kind: "link", text: "https://a.ru/x", href: "https://a.ru/x" },
      { kind: "text", text: ", (" },
      { kind: "link", text: "https://b.ru/y", href: "https://b.ru/y" },
      { kind: "text", text: "). И " },
      { kind: "link", text: "https://ru.wikipedia.org/wiki/Foo_(bar)", href: "https://ru.wikipedia.org/wiki/Foo_(bar)" },
      { kind: "text", text: "!" },
    ]);
  });

  test.each([
    "javascript:alert(1)",
    "JAVASCRIPT://%0aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "mailto:someone@example.test",
    "<a href=\"javascript:alert(1)\">click</a>",
    "<img src=x onerror=alert(1)>",
    "ftp://files.example.test/a",
    "http://",
  ])("%s renders as text only", (text) => {
    expect(splitLinks(text).every((p) => p.kind === "text")).toBe(true);
    expect(splitLinks(text).map((p) => p.text).join("")).toBe(text);
  });

  test("a link cannot carry quotes or angle brackets out of its attribute", () => {
    const parts = splitLinks('https://evil.test/"onmouseover="alert(1)<b>x</b>');
    expect(parts[0]).toEqual({ kind: "link", text: "https://evil.test/", href: "https://evil.test/" });
    expect(parts.map((p) => p.text).join("")).toBe('https://evil.test/"onmouseover="alert(1)<b>x</b>');
  });

  test("the text is never lost: parts join back to the input", () => {
    const text = "a https://x.ru b http://y.ru/?q=1&r=2#h c\u00a0https://z.ru.";
    expect(splitLinks(text).map((p) => p.text).join("")).toBe(text);
    expect(splitLinks("").length).toBe(0);
  });
});
