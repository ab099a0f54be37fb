import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Link } from "@/i18n/navigation";

/** A GET form: the filter lives in the address, so a filtered page can be reloaded or shared. */
export function RecipientFilter({ recipient }: { recipient: string }) {
  const t = useTranslations("outbox.filter");
  return (
    <form role="search" method="get" className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 basis-56 space-y-1">
        <label htmlFor="outbox-recipient" className="block text-sm font-medium text-slate-800">
          {t("label")}
        </label>
        <Input id="outbox-recipient" name="to" type="search" defaultValue={recipient} placeholder={t("placeholder")} maxLength={254} autoComplete="off" />
      </div>
      <button type="submit" className={buttonClass("primary")}>
        {t("submit")}
      </button>
      {recipient && (
        <Link href="/admin/outbox" className={buttonClass("ghost")}>
          {t("reset")}
        </Link>
      )}
    </form>
  );
}
