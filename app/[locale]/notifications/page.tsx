import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageLinks } from "@/components/communities/announcements/page-links";
import { NotificationList } from "@/components/notifications/notification-list";
import { buttonClass } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current-user";
import { markAllReadAction } from "@/lib/notifications/actions";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "notifications.page" });
  return { title: t("title") };
}

export default async function NotificationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireUser(locale);
  const requested = (await searchParams).page;
  const [t, list, unread] = await Promise.all([
    getTranslations("notifications.page"),
    listNotifications({ viewer, page: Array.isArray(requested) ? requested[0] : requested }),
    unreadCount({ viewer }),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      {unread > 0 && (
        <form action={markAllReadAction}>
          <button type="submit" className={buttonClass("secondary")}>
            {t("markAllRead")}
          </button>
        </form>
      )}
      {list.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700">{t("empty")}</p>
      ) : (
        <NotificationList items={list.items} />
      )}
      <PageLinks path="/notifications" page={list.page} hasNext={list.hasNext} label={t("pagination")} previous={t("previous")} next={t("next")} />
    </div>
  );
}
