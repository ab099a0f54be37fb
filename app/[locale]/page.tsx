import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { platformFigures } from "@/lib/stats/platform-figures";

const features = ["communities", "communication", "events", "bank", "reports"] as const;

export default async function HomePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ deleted?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, viewer, figures, { deleted }] = await Promise.all([getTranslations("home"), currentUser(), platformFigures(), searchParams]);
  return (
    <div className="space-y-12">
      {deleted && <Alert tone="success">{t("deleted")}</Alert>}
      <section className="grid gap-8 md:grid-cols-[3fr_2fr] md:items-center">
        <div className="space-y-5">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t("hero.title")}</h1>
          <p className="text-lg text-slate-700">{t("hero.lead")}</p>
          <div className="flex flex-wrap gap-3">
            {viewer ? (
              <Link href="/profile" className={buttonClass("primary")}>
                {t("hero.profile")}
              </Link>
            ) : (
              <>
                <Link href="/register" className={buttonClass("primary")}>
                  {t("hero.register")}
                </Link>
                <Link href="/sign-in" className={buttonClass("secondary")}>
                  {t("hero.signIn")}
                </Link>
              </>
            )}
          </div>
        </div>
        <section aria-labelledby="stats-title" className="rounded-xl bg-brand-700 p-6 text-white">
          <h2 id="stats-title" className="text-sm font-semibold uppercase tracking-wide text-brand-100">
            {t("stats.title")}
          </h2>
          <ul className="mt-4 space-y-2 text-2xl font-semibold">
            <li>{t("stats.members", { count: figures.members })}</li>
            <li>
              <Link href="/organizations" className="text-white underline">
                {t("stats.organizations", { count: figures.organizations })}
              </Link>
            </li>
            <li>{t("stats.municipalities", { count: figures.municipalities })}</li>
          </ul>
        </section>
      </section>

      <section aria-labelledby="features-title" className="space-y-4">
        <h2 id="features-title" className="text-2xl font-bold text-slate-900">
          {t("features.title")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {features.map((f) => (
            <li key={f} className="rounded-lg border border-slate-200 bg-white p-5">
              <h3 className="font-semibold text-slate-900">{t(`features.${f}.title`)}</h3>
              <p className="mt-2 text-slate-700">{t(`features.${f}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-title" className="space-y-4">
        <h2 id="how-title" className="text-2xl font-bold text-slate-900">
          {t("how.title")}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {(["step1", "step2", "step3"] as const).map((s, i) => (
            <li key={s} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-5">
              <span aria-hidden="true" className="flex h-8 w-8 flex-none items-center justify-center rounded-full bg-brand-600 font-bold text-white">
                {i + 1}
              </span>
              <span className="text-slate-800">{t(`how.${s}`)}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
