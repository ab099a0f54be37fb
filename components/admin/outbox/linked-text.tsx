import { splitLinks } from "./split-links";

/** Plain text with its http(s) addresses as links: React escapes every part, nothing is parsed as HTML. */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((part, i) =>
        part.kind === "link" ? (
          <a key={i} href={part.href} rel="noopener noreferrer" className="text-brand-700 underline">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
