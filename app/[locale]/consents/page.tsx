import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthPanel } from "@/components/accounts/auth-panel";
import { ConsentsForm } from "@/components/accounts/consents-form";
import { acceptedConsents } from "@/lib/accounts/queries";
import { requireUser } from "@/lib/auth/current-user";

export default async function ConsentsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireUser(locale, { allowPendingConsents: true });
  if (viewer.pendingConsents.length === 0) redirect(`/${locale}/profile`);
  const t = await getTranslations("auth.consents");
  const accepted = await acceptedConsents(viewer.id);
  return (
    <AuthPanel title={t("title")} lead={t("lead")}>
      <ConsentsForm profileVisible={accepted.has("profile_visibility")} />
    </AuthPanel>
  );
}
