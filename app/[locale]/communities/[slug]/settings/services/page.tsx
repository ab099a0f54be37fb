import { getTranslations, setRequestLocale } from "next-intl/server";
import { ServicesForm } from "@/components/communities/services-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { loadSettings } from "../load-settings";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "communities.settings.nav" });
  return { title: t("services") };
}

export default async function CommunityServicesPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { settings } = await loadSettings(locale, slug);
  const t = await getTranslations("communities.settings");
  if (settings.viewer.archived) return <Alert>{t("archived")}</Alert>;
  return (
    <Card>
      <ServicesForm communityId={settings.community.id} services={settings.community.services} />
    </Card>
  );
}
