import { useFormatter, useTranslations } from "next-intl";
import { openNotificationAction } from "@/lib/notifications/actions";
import type { NotificationItem } from "@/lib/notifications/queries";

/**
 * Each notification is a small form: opening it marks it read and goes to its link, with or
 * without JavaScript. The text is composed here, in the reader's language, from kind + params.
 */
export function NotificationList({ items }: { items: NotificationItem[] }) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const text = (n: NotificationItem) => (t.has(`kinds.${n.kind}`) ? t(`kinds.${n.kind}`, n.params) : t("page.unknownKind"));
  return (
    <ul aria-label={t("page.title")} className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
      {items.map((n) => (
        <li key={n.id} className={n.read ? "" : "bg-brand-50"}>
          <form action={openNotificationAction}>
            <input type="hidden" name="id" value={n.id} />
            <button type="submit" className="flex w-full items-start gap-3 px-4 py-3 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-[-2px]">
              <span aria-hidden="true" className={`mt-2 h-2 w-2 shrink-0 rounded-full ${n.read ? "bg-transparent" : "bg-brand-600"}`} />
              <span className="min-w-0 flex-1">
                <span className={`block wrap-anywhere ${n.read ? "text-slate-800" : "font-semibold text-slate-900"}`}>
                  {!n.read && <span className="sr-only">{t("page.unread")}: </span>}
                  {text(n)}
                </span>
                <time dateTime={n.createdAt.toISOString()} className="mt-0.5 block text-sm text-slate-600">
                  {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
