import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { viewerRegistration } from "@/lib/events/registrations";
import { RegistrationButton } from "./registration-buttons";

/**
 * The event page's registration box for whoever looks (the page's facts show the deadline): how many
 * registered and wait, places left, their place or queue position, the button that fits, a sign-in
 * link for guests, or why registration is closed.
 * Needs the "events" client messages (app/[locale]/events/layout.tsx gives them).
 */
export async function RegistrationPanel({ eventId }: { eventId: string }) {
  const viewer = await currentUser();
  const [view, t, locale] = await Promise.all([viewerRegistration({ actor: viewer, eventId }), getTranslations("events.registration"), getLocale()]);
  const { event, canManage } = view.access;
  const full = view.placesLeft === 0;
  const open = !view.status && !view.refusal;

  return (
    <section aria-labelledby="registration-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6" data-testid="registration-panel">
      <h2 id="registration-title" className="text-lg font-semibold text-slate-900">
        {t("panel.title")}
      </h2>
      <ul className="space-y-1 text-sm text-slate-700">
        <li>{t("panel.taken", { count: view.taken })}</li>
        {view.waiting > 0 && <li>{t("panel.waiting", { count: view.waiting })}</li>}
        <li>{view.placesLeft === null ? t("panel.noLimit") : t("panel.placesLeft", { left: view.placesLeft, capacity: event.capacity ?? 0 })}</li>
      </ul>

      {view.status === "registered" && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm font-medium text-green-900">
          {t("panel.registered")}
        </p>
      )}
      {view.status === "waitlisted" && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {t("panel.waitlisted", { position: view.queuePosition ?? 1 })}
        </p>
      )}
      {view.refusal && view.refusal !== "signIn" && <p className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">{t(`closed.${view.refusal as "eventCancelled"}`)}</p>}
      {open && full && <p className="text-sm text-slate-700">{t("panel.full")}</p>}

      {view.refusal === "signIn" && (
        <Link href={`/sign-in?next=${encodeURIComponent(`/${locale}/events/${event.id}`)}`} className={buttonClass("primary", "w-full")}>
          {t("panel.signIn")}
        </Link>
      )}
      {open && <RegistrationButton eventId={event.id} mode={full ? "joinWaitlist" : "register"} />}
      {view.status && new Date() < event.startsAt && <RegistrationButton eventId={event.id} mode={view.status === "registered" ? "cancel" : "leaveWaitlist"} />}

      {canManage && (
        <Link href={`/events/${event.id}/participants`} className="block text-sm font-medium">
          {t("panel.participants")} ({view.taken})
        </Link>
      )}
    </section>
  );
}
