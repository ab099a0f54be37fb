import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/current-user";
import { listOrganizationAnnouncements } from "@/lib/communities/announcement-queries";
import { AnnouncementList } from "./announcement-list";
import { PublishAnnouncementForm } from "./publish-form";

/** The organization page's information channel: latest announcements, and a publish form for its representatives. */
export async function OrganizationChannel({ organizationId }: { organizationId: string }) {
  const [t, viewer] = await Promise.all([getTranslations("announcements"), currentUser()]);
  const channel = await listOrganizationAnnouncements({ viewer, organizationId });
  return (
    <section aria-labelledby="org-announcements-title" className="space-y-3">
      <h2 id="org-announcements-title" className="text-xl font-semibold text-slate-900">
        {t("organization.title")}
      </h2>
      <p className="text-sm text-slate-600">{t("organization.lead")}</p>
      {channel.canPublish && (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium text-brand-700">{t("publishTitle")}</summary>
          <p className="mt-2 text-sm text-slate-600">{t("organization.publishHint")}</p>
          <div className="mt-4">
            <PublishAnnouncementForm channel={{ organizationId }} />
          </div>
        </details>
      )}
      {channel.items.length === 0 ? <p className="text-slate-700">{t("organization.empty")}</p> : <AnnouncementList items={channel.items} headingLevel={3} />}
    </section>
  );
}
