import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { AdminUserRow } from "@/lib/users/queries";
import { UserStatusBadges } from "./user-status";

/** The found users: a table from tablet width up, a list of cards on a phone. */
export function UsersList({ items }: { items: AdminUserRow[] }) {
  const t = useTranslations("adminUsers.list");
  const td = useTranslations("adminUsers.details");
  const tr = useTranslations("common.roles");
  const format = useFormatter();
  const name = (u: AdminUserRow) => u.fullName || td("deletedUser");
  const roles = (u: AdminUserRow) => (u.roles.length ? u.roles.map((r) => tr(r)).join(", ") : t("noRoles"));
  const registered = (u: AdminUserRow) => <time dateTime={u.createdAt.toISOString()}>{format.dateTime(u.createdAt, { dateStyle: "medium" })}</time>;

  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("tableLabel")}</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("name")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("roles")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("state")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("organization")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("registered")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {items.map((u) => (
              <tr key={u.id} className="align-top">
                <th scope="row" className="px-3 py-2 font-normal">
                  <Link href={`/admin/users/${u.id}`} className="block font-medium">
                    {name(u)}
                  </Link>
                  {u.email && <span className="block text-slate-600 wrap-anywhere">{u.email}</span>}
                </th>
                <td className="px-3 py-2">{roles(u)}</td>
                <td className="px-3 py-2">
                  <UserStatusBadges status={u.status} emailVerified={u.emailVerified} />
                </td>
                <td className="px-3 py-2">{u.organization?.name ?? <span className="text-slate-600">{t("noOrganization")}</span>}</td>
                <td className="whitespace-nowrap px-3 py-2">{registered(u)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul aria-label={t("tableLabel")} className="space-y-3 md:hidden">
        {items.map((u) => (
          <li key={u.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <Link href={`/admin/users/${u.id}`} className="font-medium wrap-anywhere">
              {name(u)}
            </Link>
            {u.email && <p className="text-sm text-slate-600 wrap-anywhere">{u.email}</p>}
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-600">{t("roles")}</dt>
              <dd className="text-slate-900">{roles(u)}</dd>
              <dt className="text-slate-600">{t("state")}</dt>
              <dd>
                <UserStatusBadges status={u.status} emailVerified={u.emailVerified} />
              </dd>
              <dt className="text-slate-600">{t("organization")}</dt>
              <dd className="min-w-0 text-slate-900 wrap-anywhere">{u.organization?.name ?? t("noOrganization")}</dd>
              <dt className="text-slate-600">{t("registered")}</dt>
              <dd className="text-slate-900">{registered(u)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
