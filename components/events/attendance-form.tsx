"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { markAttendanceAction } from "@/lib/events/registration-actions";
import { useErrorText } from "@/components/forms/error-text";

export type ParticipantRow = { userId: string; fullName: string; organization: string; status: "registered" | "waitlisted"; attended: boolean };

/** The organizers' list: attendance checkboxes for the registered, saved for everyone at once. */
export function AttendanceForm({ eventId, participants, canMark }: { eventId: string; participants: ParticipantRow[]; canMark: boolean }) {
  const t = useTranslations("events.registration");
  const errorText = useErrorText("events.registration.errors", "unexpected");
  const router = useRouter();
  const [present, setPresent] = useState(() => new Set(participants.filter((p) => p.attended).map((p) => p.userId)));
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, start] = useTransition();

  const toggle = (userId: string, checked: boolean) => {
    setMessage(null);
    setPresent((previous) => {
      const next = new Set(previous);
      if (checked) next.add(userId);
      else next.delete(userId);
      return next;
    });
  };
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const result = await markAttendanceAction(eventId, { present: [...present] });
      setMessage(result.ok ? { tone: "success", text: t("participants.saved") } : { tone: "error", text: errorText(result.error) });
      if (result.ok) router.refresh();
    });
  };

  return (
    <form onSubmit={save} className="space-y-4">
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left text-slate-700">
              <th scope="col" className="py-2 pr-3">{t("participants.number")}</th>
              <th scope="col" className="py-2 pr-3">{t("participants.name")}</th>
              <th scope="col" className="hidden py-2 pr-3 sm:table-cell">{t("participants.organization")}</th>
              <th scope="col" className="hidden py-2 pr-3 sm:table-cell">{t("participants.status")}</th>
              <th scope="col" className="py-2">{t("participants.attended")}</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p, index) => (
              <tr key={p.userId} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3 text-slate-600">{index + 1}</td>
                <td className="py-2 pr-3">
                  <span className="block font-medium text-slate-900">{p.fullName}</span>
                  {/* On a phone the organization and status go under the name: the table stays one screen wide. */}
                  <span className="block text-slate-600 sm:hidden">{p.organization}</span>
                  <span className="block text-slate-600 sm:hidden">{t(`status.${p.status}`)}</span>
                </td>
                <td className="hidden py-2 pr-3 text-slate-700 sm:table-cell">{p.organization}</td>
                <td className="hidden py-2 pr-3 text-slate-700 sm:table-cell">{t(`status.${p.status}`)}</td>
                <td className="py-2">
                  {p.status === "registered" && (
                    <input
                      type="checkbox"
                      className="h-5 w-5"
                      checked={present.has(p.userId)}
                      disabled={!canMark || pending}
                      onChange={(e) => toggle(p.userId, e.target.checked)}
                      aria-label={t("participants.attendedFor", { name: p.fullName })}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canMark ? (
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          {pending ? t("participants.saving") : t("participants.saveAttendance")}
        </button>
      ) : (
        <p className="text-sm text-slate-700">{t("participants.beforeStart")}</p>
      )}
      {message && (
        <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "text-sm text-red-700" : "text-sm text-green-800"}>
          {message.text}
        </p>
      )}
    </form>
  );
}
