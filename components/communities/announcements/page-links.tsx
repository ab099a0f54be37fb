import { Link } from "@/i18n/navigation";

type Props = { path: string; page: number; hasNext: boolean; label: string; previous: string; next: string };

/** Newer / older links for lists paged without a total count; plain links, no JavaScript needed. */
export function PageLinks({ path, page, hasNext, label, previous, next }: Props) {
  if (page <= 1 && !hasNext) return null;
  const href = (p: number) => (p > 1 ? `${path}?page=${p}` : path);
  const link = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 no-underline hover:bg-slate-100";
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={link}>
          <span aria-hidden="true">←&nbsp;</span>
          {previous}
        </Link>
      ) : (
        <span />
      )}
      {hasNext ? (
        <Link href={href(page + 1)} rel="next" className={link}>
          {next}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
