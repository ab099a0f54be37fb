import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { composeMail, type MailLocale } from "./templates";

type Template = Parameters<typeof composeMail>[2];

/**
 * Queues one mail per user of `userIds` (an SQL subquery returning user ids), each in the
 * recipient's language, in ONE statement however many recipients there are. Users without an
 * address (erased) or not active (blocked, awaiting approval) get nothing.
 */
export async function queueMailToUsers(
  db: Executor,
  userIds: SQL,
  template: Template,
  valuesFor: (locale: MailLocale) => Record<string, string>,
): Promise<void> {
  const ru = composeMail("", "ru", template, valuesFor("ru"));
  const en = composeMail("", "en", template, valuesFor("en"));
  await db.execute(sql`
    insert into outbox (recipient, subject, body)
    select u.email,
      case when u.locale = 'en' then ${en.subject} else ${ru.subject} end,
      case when u.locale = 'en' then ${en.body} else ${ru.body} end
    from users u
    where u.id in (${userIds}) and u.email is not null and u.status = 'active'
  `);
}
