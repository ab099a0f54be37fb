import { useFormatter, useTranslations } from "next-intl";
import { AnnouncementBody } from "@/components/communities/announcements/announcement-body";
import { Link } from "@/i18n/navigation";
import type { FeedItem } from "@/lib/communities/feed";

/** "My feed": each announcement with the channel it came from; times in the viewer's zone. */
export function FeedList({ items }: { items: FeedItem[] }) {
  const t = useTranslations("feed");
  const ta = useTranslations("announcements");
  const format = useFormatter();
  return (
    <div className="space-y-4">
      {items.map((a) => {
        const channel =
          a.channel.kind === "community"
            ? { href: `/communities/${a.channel.slug}/announcements`, label: t("community", { name: a.channel.name }) }
            : { href: `/organizations/${a.channel.id}`, label: t("organization", { name: a.channel.name }) };
        return (
          <article key={a.id} aria-labelledby={`feed-${a.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
            <p className="text-sm">
              <Link href={channel.href} className="font-medium wrap-anywhere">
                {channel.label}
              </Link>
            </p>
            <h2 id={`feed-${a.id}`} className="mt-1 text-lg font-semibold text-slate-900 wrap-anywhere">
              {a.title}
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              {a.authorName ?? ta("unknownAuthor")}, <time dateTime={a.publishedAt.toISOString()}>{format.dateTime(a.publishedAt, { dateStyle: "long", timeStyle: "short" })}</time>
            </p>
            <div className="mt-3">
              <AnnouncementBody body={a.body} />
            </div>
          </article>
        );
      })}
    </div>
  );
}
