import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPanel } from "@/components/accounts/auth-panel";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";

export default async function ResetPasswordPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> }) {
  setRequestLocale((await params).locale);
  const { token } = await searchParams;
  const t = await getTranslations("auth.reset");
  return (
    <AuthPanel title={t("title")}>
      <ResetPasswordForm token={token ?? ""} />
    </AuthPanel>
  );
}
