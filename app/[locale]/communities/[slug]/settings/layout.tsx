import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CommunityTabs } from "@/components/communities/community-tabs";
import { ClientMessages } from "@/components/shell/client-messages";

type Props = { children: ReactNode; params: Promise<{ locale: string; slug: string }> };

const settingsMessages = ["communities.errors", "communities.form", "communities.settings", "reference"];

// Navigation only: every settings page checks who may see it itself.
export default async function SettingsLayout({ children, params }: Props) {
  const { slug } = await params;
  const t = await getTranslations("communities.settings");
  const base = `/communities/${slug}/settings`;
  return (
    <div className="max-w-3xl space-y-6">
      <h2 className="text-xl font-semibold text-slate-900">{t("title")}</h2>
      <CommunityTabs
        label={t("nav.label")}
        tabs={[
          { href: base, label: t("nav.fields") },
          { href: `${base}/services`, label: t("nav.services") },
          { href: `${base}/moderators`, label: t("nav.moderators") },
        ]}
      />
      <ClientMessages namespaces={settingsMessages}>{children}</ClientMessages>
    </div>
  );
}
