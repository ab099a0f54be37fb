import { renderMarkdown } from "@/lib/markdown/render";

// Typography for rendered Markdown, by hand: the project has no Tailwind typography plugin.
const prose = [
  "space-y-3 leading-relaxed text-slate-800 break-words",
  "[&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-5 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:mt-4 [&_h4]:font-semibold",
  "[&_a]:underline [&_ul]:list-disc [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:pl-6 [&_li]:my-1",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-4 [&_blockquote]:text-slate-600",
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-sm",
  "[&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3 [&_pre_code]:p-0",
  "[&_table]:block [&_table]:overflow-x-auto [&_table]:border-collapse [&_th]:bg-slate-100 [&_th]:font-semibold",
  "[&_td]:border [&_th]:border [&_td]:border-slate-300 [&_th]:border-slate-300 [&_td]:px-2 [&_th]:px-2 [&_td]:py-1 [&_th]:py-1",
  "[&_img]:h-auto [&_img]:max-w-full [&_hr]:border-slate-200",
].join(" ");

/** Markdown written by users (materials, posts, messages), rendered on the server. */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  // The one dangerouslySetInnerHTML in the project. Safe because renderMarkdown prints raw HTML as text and
  // passes its output through an allow-list sanitizer (no scripts, handlers, styles, frames or foreign URL
  // schemes), proven by the XSS corpus in lib/markdown/render.test.ts; the nonce-based CSP is one more line.
  return <div className={`${prose} ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
