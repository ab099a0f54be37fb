const tones = {
  leader: "bg-brand-600 text-white",
  moderator: "bg-brand-100 text-brand-800",
  member: "bg-slate-100 text-slate-800",
  organization: "bg-amber-100 text-amber-900",
} as const;

/** руководитель / модератор / участник / образовательная организация. */
export function RoleBadge({ role, label }: { role: keyof typeof tones; label: string }) {
  return <span className={`inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${tones[role]}`}>{label}</span>;
}
