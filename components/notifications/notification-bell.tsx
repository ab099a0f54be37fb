import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { unreadCount } from "@/lib/notifications/queries";

// The header renders the bell twice (desktop bar, phone bar): one count per request.
const countFor = cache((userId: string) => unreadCount({ viewer: { id: userId, roles: [] } }));

/** The header's bell: the unread count as a badge and in the accessible name; nothing for guests. */
export async function NotificationBell() {
  const viewer = await currentUser();
  if (!viewer) return null;
  const [t, count] = await Promise.all([getTranslations("notifications.bell"), countFor(viewer.id)]);
  const shown = count > 99 ? "99+" : String(count);
  return (
    <Link
      href="/notifications"
      aria-label={t("label", { count })}
      title={t("title")}
      className="relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-md text-slate-700 no-underline hover:bg-slate-100 hover:no-underline"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span aria-hidden="true" className="absolute top-0.5 right-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-semibold text-white">
          {shown}
        </span>
      )}
    </Link>
  );
}
