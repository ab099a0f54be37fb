"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/i18n/navigation";
import { useErrorText } from "@/components/forms/error-text";

/** Uploads one file to the material through its upload route; the check's refusal is shown in words. */
export function FileUpload({ materialId }: { materialId: string }) {
  const t = useTranslations("materials.files");
  const errorText = useErrorText("materials.errors");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const upload = async (event: React.FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setError("empty");
    setPending(true);
    setError(null);
    const body = new FormData();
    body.set("file", file);
    try {
      const response = await fetch(`/api/materials/${materialId}/files`, { method: "POST", body });
      const result = (await response.json().catch(() => ({ ok: false, error: "unexpected" }))) as { ok: boolean; error?: string };
      if (!result.ok) return setError(result.error ?? "unexpected");
      if (input.current) input.current.value = "";
      router.refresh();
    } catch {
      setError("unexpected");
    } finally {
      setPending(false);
    }
  };
  return (
    <form onSubmit={upload} className="space-y-2">
      <label htmlFor="material-file" className="block text-sm font-medium text-slate-800">
        {t("choose")}
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <input ref={input} id="material-file" name="file" type="file" aria-describedby="material-file-hint" className="max-w-full text-sm" />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("uploading") : t("add")}
        </Button>
      </div>
      <p id="material-file-hint" className="text-sm text-slate-600">
        {t("hint")}
      </p>
      {error && <Alert tone="error">{errorText(error, "unexpected")}</Alert>}
    </form>
  );
}
