import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthPanel } from "@/components/accounts/auth-panel";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { verifyEmail } from "@/lib/accounts/email-verification";

export default async function VerifyEmailPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const [t, te] = await Promise.all([getTranslations("auth.verify"), getTranslations("errors")]);
  const result = await verifyEmail({ token: token ?? "" });
  return (
    <AuthPanel title={t("title")}>
      <div className="space-y-4">
        {result.ok ? <Alert tone="success">{t("success")}</Alert> : <Alert tone="error">{te(result.error)}</Alert>}
        <Link href="/sign-in" className={buttonClass("primary")}>
          {t("signIn")}
        </Link>
      </div>
    </AuthPanel>
  );
}
