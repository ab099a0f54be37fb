/**
 * Plain text with paragraphs: a blank line starts a paragraph, a single line break stays a break.
 * Rendered as React text nodes, so markup in the text shows as typed and never runs.
 */
export function AnnouncementBody({ body }: { body: string }) {
  const paragraphs = body.split(/\n\s*\n/).filter((p) => p.trim() !== "");
  return (
    <div className="space-y-3 text-slate-800">
      {paragraphs.map((p, i) => (
        <p key={i} className="whitespace-pre-line wrap-anywhere">
          {p}
        </p>
      ))}
    </div>
  );
}
