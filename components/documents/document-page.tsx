import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { consentVersions } from "@/lib/accounts/consent-documents";

/** The rules or the personal-data policy, with the version users consent to. */
export async function DocumentPage({ document }: { document: "rules" | "privacy" }) {
  const t = await getTranslations("documents");
  const paragraphs = t.raw(`${document}.paragraphs`) as string[];
  const version = document === "rules" ? consentVersions.rules : consentVersions.personal_data;
  return (
    <article className="max-w-3xl space-y-4">
      <PageTitle lead={t("version", { date: version })}>{t(`${document}.title`)}</PageTitle>
      <ol className="list-decimal space-y-3 pl-6 text-slate-800">
        {paragraphs.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ol>
    </article>
  );
}
