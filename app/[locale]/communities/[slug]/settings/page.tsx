import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditCommunityForm } from "@/components/communities/edit-community-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { listCommunityMunicipalities } from "@/lib/communities/queries";
import { loadSettings } from "./load-settings";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "communities.settings" });
  return { title: t("title") };
}

export default async function CommunitySettingsPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { settings } = await loadSettings(locale, slug);
  const [t, municipalities] = await Promise.all([getTranslations("communities.settings"), listCommunityMunicipalities()]);
  if (settings.viewer.archived) return <Alert>{t("archived")}</Alert>;
  return (
    <Card>
      <p className="mb-4 text-sm text-slate-700">{t("fieldsLead")}</p>
      <EditCommunityForm communityId={settings.community.id} values={settings.values} municipalities={municipalities} />
    </Card>
  );
}
