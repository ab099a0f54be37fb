import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { signOutAction } from "@/lib/accounts/actions";
import { currentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { buttonClass } from "@/components/ui/button";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations("common");
  const tf = await getTranslations("feed");
  const viewer = await currentUser();
  const links = [
    { href: "/", label: t("nav.home") },
    { href: "/communities", label: t("nav.communities") },
    { href: "/organizations", label: t("nav.organizations") },
    { href: "/materials", label: t("nav.materials") },
    { href: "/calendar", label: t("nav.calendar") },
    ...(viewer ? [{ href: "/feed", label: tf("nav") }] : []),
    ...(viewer ? [{ href: "/profile", label: t("nav.profile") }] : []),
    ...(can(viewer, "users.manage") ? [{ href: "/admin", label: t("nav.admin") }] : []),
  ];
  // The desktop bar has no room for the name (the Profile link stands for it); the menu shows it.
  const account = (inBar: boolean) =>
    viewer ? (
      <form action={signOutAction} className="flex flex-wrap items-center gap-2">
        {!inBar && <span className="text-sm text-slate-700">{t("account.signedInAs", { name: viewer.fullName })}</span>}
        <button type="submit" className={buttonClass("secondary")}>
          {t("account.signOut")}
        </button>
      </form>
    ) : (
      <div className="flex flex-wrap gap-2">
        <Link href="/sign-in" className={buttonClass("secondary")}>
          {t("account.signIn")}
        </Link>
        <Link href="/register" className={buttonClass("primary")}>
          {t("account.register")}
        </Link>
      </div>
    );

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex flex-col leading-tight text-slate-900 no-underline hover:no-underline">
          <span className="text-xl font-bold text-brand-700">{t("appName")}</span>
          <span className="hidden text-xs text-slate-600 sm:block">{t("tagline")}</span>
        </Link>
        <nav aria-label={t("nav.label")} className="hidden xl:block">
          {/* The bar leaves out "Home" (the name beside it leads there) to fit 1280 px; the phone menu keeps it. */}
          <ul className="flex gap-1">
            {links.slice(1).map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="whitespace-nowrap rounded px-2 py-2 text-sm font-medium text-slate-800 no-underline hover:bg-slate-100">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="hidden shrink-0 items-center gap-3 xl:flex">
          <NotificationBell />
          <LanguageSwitch locale={locale} />
          {account(true)}
        </div>
        {/* Phones: the same links in a disclosure that needs no JavaScript. */}
        <div className="ml-auto xl:hidden">
          <NotificationBell />
        </div>
        <details className="relative xl:hidden">
          <summary className={buttonClass("secondary", "cursor-pointer list-none")}>{t("nav.menu")}</summary>
          <div className="absolute right-0 z-20 mt-2 w-72 max-w-[calc(100vw-2rem)] space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-lg">
            <nav aria-label={t("nav.label")}>
              <ul className="space-y-1">
                {links.map((l) => (
                  <li key={l.href}>
                    <Link href={l.href} className="block rounded px-2 py-2 text-slate-800 no-underline hover:bg-slate-100">
                      {l.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="border-t border-slate-200 pt-3">
              <LanguageSwitch locale={locale} />
            </div>
            {account(false)}
          </div>
        </details>
      </div>
    </header>
  );
}
