import { getFormatter, getTranslations } from "next-intl/server";
import type { MaterialPage } from "@/lib/materials/queries";
import { RemoveFileButton } from "./workflow-controls";

/** Files with previews for images and PDFs, and embedded videos from allow-listed hosts. */
export async function MaterialFiles({ page, editable }: { page: MaterialPage; editable: boolean }) {
  const [t, format] = await Promise.all([getTranslations("materials.page"), getFormatter()]);
  const size = (bytes: number) =>
    bytes >= 1_048_576
      ? format.number(bytes / 1_048_576, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 })
      : format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" });
  return (
    <div className="space-y-4">
      {page.files.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noFiles")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {page.files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-3 py-2">
              {f.hasPreview && (
                // eslint-disable-next-line @next/next/no-img-element -- uploads never go through the image optimizer (SECURITY.md 12)
                <img src={`/api/materials/files/${f.id}?preview=1`} alt="" width={96} height={64} className="h-16 w-24 rounded border border-slate-200 object-cover" />
              )}
              <span className="min-w-0 flex-1 break-words text-slate-900">
                {f.name} <span className="text-sm text-slate-600">({size(f.size)})</span>
              </span>
              <a href={`/api/materials/files/${f.id}?download=1`} className="text-sm font-medium" download>
                {t("download")}
              </a>
              {editable && <RemoveFileButton fileId={f.id} name={f.name} />}
            </li>
          ))}
        </ul>
      )}
      {page.videos.length > 0 && (
        <div className="space-y-3">
          <h3 className="font-semibold text-slate-900">{t("videos")}</h3>
          {page.videos.map((v) => (
            <figure key={v.id} className="space-y-1">
              <div className="aspect-video w-full overflow-hidden rounded-md bg-slate-100">
                <iframe src={v.src} title={v.title || v.url} className="h-full w-full" allow="encrypted-media; fullscreen; picture-in-picture" sandbox="allow-scripts allow-same-origin allow-presentation" loading="lazy" referrerPolicy="strict-origin-when-cross-origin" />
              </div>
              {v.title && <figcaption className="text-sm text-slate-600">{v.title}</figcaption>}
            </figure>
          ))}
        </div>
      )}
    </div>
  );
}
