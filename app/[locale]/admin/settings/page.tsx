import { getTranslations, setRequestLocale } from "next-intl/server";
import { SettingsForm } from "@/components/admin/settings/settings-form";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { getSettingsForAdmin } from "@/lib/settings/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "adminUsers.settings" });
  return { title: t("title") };
}

export default async function AdminSettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "settings.manage");
  const [t, settings] = await Promise.all([getTranslations("adminUsers.settings"), getSettingsForAdmin({ actor: viewer })]);
  return (
    <div className="max-w-3xl space-y-4">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <Card>
        <SettingsForm settings={settings} />
      </Card>
      {can(viewer, "users.manage") && (
        <p>
          <Link href="/admin/users?status=pending_approval">{t("pendingLink")}</Link>
        </p>
      )}
    </div>
  );
}
