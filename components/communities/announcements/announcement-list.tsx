import { useFormatter, useTranslations } from "next-intl";
import type { AnnouncementItem } from "@/lib/communities/announcement-queries";
import { AnnouncementBody } from "./announcement-body";
import { DeleteAnnouncementButton } from "./delete-announcement-button";

/** Announcements as articles, newest first; times in the viewer's zone. */
export function AnnouncementList({ items, headingLevel = 2 }: { items: AnnouncementItem[]; headingLevel?: 2 | 3 }) {
  const t = useTranslations("announcements");
  const format = useFormatter();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-4">
      {items.map((a) => (
        <article key={a.id} aria-labelledby={`announcement-${a.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <Heading id={`announcement-${a.id}`} className="min-w-0 text-lg font-semibold text-slate-900 wrap-anywhere">
              {a.title}
            </Heading>
            {a.canDelete && <DeleteAnnouncementButton id={a.id} title={a.title} />}
          </div>
          <p className="mt-1 text-sm text-slate-600">
            {a.authorName ?? t("unknownAuthor")}, <time dateTime={a.publishedAt.toISOString()}>{format.dateTime(a.publishedAt, { dateStyle: "long", timeStyle: "short" })}</time>
          </p>
          <div className="mt-3">
            <AnnouncementBody body={a.body} />
          </div>
        </article>
      ))}
    </div>
  );
}
