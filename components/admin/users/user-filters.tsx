import Form from "next/form";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { Link } from "@/i18n/navigation";
import { platformRoles } from "@/lib/reference/roles";
import { userStatusFilters, type UserListQuery } from "@/lib/users/schemas";

/** Search, role and state filters of the user list, kept in the URL so a result can be shared or reloaded. */
export function UserFilters({ locale, query }: { locale: string; query: UserListQuery }) {
  const t = useTranslations("adminUsers.list");
  const tr = useTranslations("common.roles");
  const filtered = query.q || query.role || query.status !== "all";
  return (
    <search>
      <Form action={`/${locale}/admin/users`} aria-label={t("filtersLabel")} className="grid gap-3 md:grid-cols-[2fr_1fr_1fr_auto] md:items-end">
        <div className="space-y-1">
          <label htmlFor="admin-users-q" className="block text-sm font-medium text-slate-800">
            {t("search")}
          </label>
          <Input id="admin-users-q" name="q" type="search" defaultValue={query.q} maxLength={100} autoComplete="off" />
        </div>
        <div className="space-y-1">
          <label htmlFor="admin-users-role" className="block text-sm font-medium text-slate-800">
            {t("role")}
          </label>
          <Select id="admin-users-role" name="role" defaultValue={query.role}>
            <option value="">{t("anyRole")}</option>
            {platformRoles.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="admin-users-status" className="block text-sm font-medium text-slate-800">
            {t("status")}
          </label>
          <Select id="admin-users-status" name="status" defaultValue={query.status}>
            {userStatusFilters.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("primary", "flex-1")}>
            {t("submit")}
          </button>
          {filtered && (
            <Link href="/admin/users" className={buttonClass("secondary", "flex-1")}>
              {t("reset")}
            </Link>
          )}
        </div>
      </Form>
    </search>
  );
}
