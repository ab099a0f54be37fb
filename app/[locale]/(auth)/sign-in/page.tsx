import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthPanel } from "@/components/accounts/auth-panel";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth.signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ reason?: string; next?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { reason, next } = await searchParams;
  if (await currentUser()) redirect(`/${locale}/profile`);
  const t = await getTranslations("auth.signIn");
  return (
    <AuthPanel
      title={t("title")}
      lead={t("lead")}
      footer={
        <>
          {t("noAccount")} <Link href="/register">{t("register")}</Link>
        </>
      }
    >
      <div className="space-y-4">
        {reason === "blocked" && <Alert tone="error">{t("reasonBlocked")}</Alert>}
        {reason === "ended" && <Alert tone="info">{t("reasonEnded")}</Alert>}
        <SignInForm callbackPath={next} />
      </div>
    </AuthPanel>
  );
}
