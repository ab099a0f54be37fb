import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPanel } from "@/components/accounts/auth-panel";
import { ForgotPasswordForm } from "@/components/accounts/email-only-form";

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("auth.forgot");
  return (
    <AuthPanel title={t("title")} lead={t("lead")}>
      <ForgotPasswordForm />
    </AuthPanel>
  );
}
