"use client";

import { Link, usePathname } from "@/i18n/navigation";

export type Tab = { href: string; label: string };

/** The community's sections; the current one is marked for screen readers and by its underline. */
export function CommunityTabs({ label, tabs }: { label: string; tabs: Tab[] }) {
  const pathname = usePathname();
  // The home tab is current only on the home page itself; the others also on their sub-pages.
  const current = (href: string, index: number) => (index === 0 ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={label} className="-mx-4 overflow-x-auto border-b border-slate-200 px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-1">
        {tabs.map((tab, index) => {
          const active = current(tab.href, index);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={`block whitespace-nowrap border-b-2 px-3 py-2.5 text-sm font-medium no-underline ${active ? "border-brand-600 text-brand-800" : "border-transparent text-slate-700 hover:text-slate-900"}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
