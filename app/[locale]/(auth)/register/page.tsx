import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPanel } from "@/components/accounts/auth-panel";
import { RegisterForm } from "@/components/accounts/register-form";
import { Link } from "@/i18n/navigation";
import { mailIsLocal } from "@/lib/mail/mode";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth.register" });
  return { title: t("title") };
}

export default async function RegisterPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth.register");
  const ts = await getTranslations("auth.signIn");
  return (
    <AuthPanel
      title={t("title")}
      lead={t("lead")}
      footer={
        <>
          {t("haveAccount")} <Link href="/sign-in">{ts("submit")}</Link>
        </>
      }
    >
      <RegisterForm mailIsLocal={mailIsLocal()} />
    </AuthPanel>
  );
}
