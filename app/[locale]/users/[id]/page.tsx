import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card, PageTitle } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { acceptedConsents, getPublicProfile } from "@/lib/accounts/queries";
import { currentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/http/or-not-found";

export default async function PublicProfilePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await currentUser();
  const profile = await orNotFound(getPublicProfile({ viewer, userId: id }));
  const [t, tc, ts, format] = await Promise.all([getTranslations("profile.public"), getTranslations("common"), getTranslations("reference.subjects"), getFormatter()]);
  const hiddenFromOthers = viewer?.id === id && !(await acceptedConsents(id)).has("profile_visibility");
  return (
    <div className="max-w-3xl space-y-4">
      {hiddenFromOthers && <Alert>{t("hiddenNotice")}</Alert>}
      <PageTitle lead={profile.deleted ? t("deletedNotice") : t("memberSince", { date: format.dateTime(profile.memberSince, { dateStyle: "long" }) })}>
        {profile.deleted ? tc("deletedUser") : profile.fullName}
      </PageTitle>
      {!profile.deleted && (
        <Card>
          <dl className="grid gap-4 sm:grid-cols-[12rem_1fr]">
            {profile.roles.length > 0 && (
              <>
                <dt className="sr-only">roles</dt>
                <dd className="flex flex-wrap gap-2 sm:col-span-2">
                  {profile.roles.map((r) => (
                    <span key={r} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">
                      {tc(`roles.${r}`)}
                    </span>
                  ))}
                </dd>
              </>
            )}
            <dt className="font-medium text-slate-700">{t("position")}</dt>
            <dd>{profile.position || "—"}</dd>
            <dt className="font-medium text-slate-700">{t("organization")}</dt>
            <dd>{profile.organization ? <Link href={`/organizations/${profile.organization.id}`}>{profile.organization.name}</Link> : "—"}</dd>
            <dt className="font-medium text-slate-700">{t("subjects")}</dt>
            <dd>{profile.subjects.length ? profile.subjects.map((s) => (ts.has(s) ? ts(s) : s)).join(", ") : "—"}</dd>
            {profile.about && (
              <>
                <dt className="font-medium text-slate-700">{t("about")}</dt>
                <dd className="whitespace-pre-line">{profile.about}</dd>
              </>
            )}
          </dl>
        </Card>
      )}
    </div>
  );
}
