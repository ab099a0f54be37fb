import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrivacySettings } from "@/components/accounts/privacy-settings";
import { ProfileForm } from "@/components/accounts/profile-form";
import { MyCommunities } from "@/components/communities/membership/my-communities";
import { MyCertificates } from "@/components/events/my-certificates";
import { ReminderSettingsForm } from "@/components/reminders/reminder-settings-form";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { getOwnProfile } from "@/lib/accounts/queries";
import { requireUser } from "@/lib/auth/current-user";
import { getReminderSettings } from "@/lib/reminders/settings";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "profile.edit" });
  return { title: t("title") };
}

export default async function ProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireUser(locale);
  const [t, tp, tr, profile, reminders] = await Promise.all([
    getTranslations("profile.edit"),
    getTranslations("profile.privacy"),
    getTranslations("profile.reminders"),
    getOwnProfile({ actor: viewer }),
    getReminderSettings({ actor: viewer }),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      <p>
        <Link href={`/users/${profile.id}`}>{t("viewPublic")}</Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <ProfileForm profile={profile} />
        </Card>
        <div className="space-y-6">
          <Card>
            <h2 className="mb-4 text-lg font-semibold text-slate-900">{tr("title")}</h2>
            <ReminderSettingsForm settings={reminders} />
          </Card>
          <Card>
            <h2 className="mb-4 text-lg font-semibold text-slate-900">{tp("title")}</h2>
            <PrivacySettings profileVisible={profile.profileVisible} />
          </Card>
        </div>
      </div>
      <MyCommunities />
      <MyCertificates />
    </div>
  );
}
