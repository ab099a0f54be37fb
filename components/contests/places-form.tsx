"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/error-text";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { useRouter } from "@/i18n/navigation";
import { setPlacesAction } from "@/lib/contests/actions";

export type ScoreTableRow = { id: string; title: string; authorName: string; mean: number | null; scoredBy: number; place: number | null };

type Place = 1 | 2 | 3 | null;

/** The organizers' table: each entry's mean score and jurors who scored it, and its place (saved for the whole table). */
export function PlacesForm({ eventId, rows, jurors, locked }: { eventId: string; rows: ScoreTableRow[]; jurors: number; locked: boolean }) {
  const t = useTranslations("contests.manage");
  const format = useFormatter();
  const errorText = useErrorText("contests.errors");
  const router = useRouter();
  const [places, setPlaces] = useState<Record<string, Place>>(() => Object.fromEntries(rows.map((r) => [r.id, r.place as Place])));
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const result = await setPlacesAction(eventId, { places: rows.map((r) => ({ entryId: r.id, place: places[r.id] ?? null })) });
      setMessage(result.ok ? { tone: "success", text: t("placesSaved") } : { tone: "error", text: errorText(result.error, "unexpected") });
      if (result.ok) router.refresh();
    });
  };
  return (
    <form onSubmit={save} className="space-y-4">
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="contest-score-table">
          <thead>
            <tr className="border-b border-slate-300 text-left text-slate-700">
              <th scope="col" className="py-2 pr-3">{t("entry")}</th>
              <th scope="col" className="hidden py-2 pr-3 sm:table-cell">{t("author")}</th>
              <th scope="col" className="py-2 pr-3">{t("mean")}</th>
              <th scope="col" className="hidden py-2 pr-3 sm:table-cell">{t("scoredBy")}</th>
              <th scope="col" className="py-2">{t("place")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3">
                  <span className="block font-medium text-slate-900">{r.title}</span>
                  {/* On a phone the author and the count go under the title: the table stays one screen wide. */}
                  <span className="block text-slate-600 sm:hidden">{r.authorName}</span>
                  <span className="block text-slate-600 sm:hidden">
                    {t("scoredBy")}: {r.scoredBy}/{jurors}
                  </span>
                </td>
                <td className="hidden py-2 pr-3 text-slate-700 sm:table-cell">{r.authorName}</td>
                <td className="py-2 pr-3 font-medium text-slate-900">{r.mean === null ? "—" : format.number(r.mean, { maximumFractionDigits: 2 })}</td>
                <td className="hidden py-2 pr-3 text-slate-700 sm:table-cell">
                  {r.scoredBy}/{jurors}
                </td>
                <td className="py-2">
                  <Select
                    className="min-w-20"
                    value={places[r.id] ?? ""}
                    disabled={locked || pending}
                    aria-label={t("placeFor", { title: r.title })}
                    onChange={(e) => {
                      setMessage(null);
                      setPlaces({ ...places, [r.id]: e.target.value ? (Number(e.target.value) as Place) : null });
                    }}
                  >
                    <option value="">{t("noPlace")}</option>
                    <option value="1">1</option>
                    <option value="2">2</option>
                    <option value="3">3</option>
                  </Select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!locked && (
        <button type="submit" disabled={pending} className={buttonClass("secondary")}>
          {pending ? t("savingPlaces") : t("savePlaces")}
        </button>
      )}
      {message && (
        <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "text-sm text-red-700" : "text-sm text-green-800"}>
          {message.text}
        </p>
      )}
    </form>
  );
}
