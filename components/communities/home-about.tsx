import { useTranslations } from "next-intl";
import type { CommunityView } from "@/lib/communities/queries";
import { HomeSection } from "./home-section";

/** Goal, tasks (one a line) and the description: the reason the community exists. */
export function HomeAbout({ community }: { community: CommunityView }) {
  const t = useTranslations("communities.home");
  // One task a line; a typed "1." or "–" in front is dropped, the list numbers them itself.
  const tasks = community.tasks
    .split("\n")
    .map((s) => s.replace(/^\s*(?:\d+[.)]|[-–—•*])\s*/, "").trim())
    .filter(Boolean);
  return (
    <HomeSection id="community-goal" title={t("goal")}>
      <p className="whitespace-pre-line text-slate-900">{community.goal}</p>
      {tasks.length > 0 && (
        <>
          <h3 className="pt-2 text-lg font-semibold text-slate-900">{t("tasks")}</h3>
          <ol className="list-decimal space-y-1 pl-6 text-slate-900">
            {tasks.map((task, i) => (
              <li key={i}>{task}</li>
            ))}
          </ol>
        </>
      )}
      {community.description && (
        <>
          <h3 className="pt-2 text-lg font-semibold text-slate-900">{t("description")}</h3>
          <p className="whitespace-pre-line text-slate-800">{community.description}</p>
        </>
      )}
    </HomeSection>
  );
}
