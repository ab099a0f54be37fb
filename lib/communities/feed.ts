import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { contentVisibleTo } from "./feed-visibility";

// "Моя лента": announcements of followed communities and organizations and of the viewer's own
// communities (in person or through their organization), newest first. One query per page, with
// visibility checked inside it: a members-only community reaches only those who may read it.

export const feedPageSize = 20;

export type FeedItem = {
  id: string;
  title: string;
  body: string;
  publishedAt: Date;
  authorName: string | null;
  channel: { kind: "community"; slug: string; name: string } | { kind: "organization"; id: string; name: string };
};

export type FeedPage = { items: FeedItem[]; page: number; hasNext: boolean };

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

type Row = {
  id: string;
  title: string;
  body: string;
  published_at: Date | string;
  author_name: string | null;
  community_slug: string | null;
  community_name: string | null;
  organization_id: string | null;
  organization_name: string | null;
};

export async function listFeed({ viewer, page }: { viewer: Actor | null; page?: unknown }): Promise<FeedPage> {
  if (!viewer) throw new DomainError("unauthenticated");
  const current = pageSchema.parse(page ?? 1);
  const me = sql`${viewer.id}::uuid`;
  // Overseers read every community: the per-row visibility test is skipped for them.
  const visible = can(viewer, "communities.oversee") ? sql`true` : contentVisibleTo(me);
  const db = await getDb();
  // PGlite and node-postgres both answer raw SQL with { rows }.
  const result = (await db.execute(sql`
    select a.id, a.title, a.body, a.published_at, au.full_name as author_name,
      communities.slug as community_slug, communities.name as community_name,
      o.id as organization_id, coalesce(nullif(o.short_name, ''), o.name) as organization_name
    from announcements a
    left join communities on communities.id = a.community_id
    left join organizations o on o.id = a.organization_id
    left join users au on au.id = a.author_id and au.status <> 'deleted'
    where (
      a.community_id is not null
      and 'announcements' = any(communities.services)
      and (
        exists (select 1 from follows f where f.user_id = ${me} and f.community_id = a.community_id)
        or exists (
          select 1 from community_memberships m
          where m.community_id = a.community_id and m.status = 'active'
            and (m.user_id = ${me} or m.organization_id = (select u.organization_id from users u where u.id = ${me}))
        )
      )
      and ${visible}
    ) or (
      a.organization_id is not null
      and exists (select 1 from follows f where f.user_id = ${me} and f.organization_id = a.organization_id)
    )
    order by a.published_at desc, a.id desc
    limit ${feedPageSize + 1} offset ${(current - 1) * feedPageSize}
  `)) as unknown as { rows: Row[] };
  const rows = result.rows;
  const items = rows.slice(0, feedPageSize).map(toItem);
  return { items, page: current, hasNext: rows.length > feedPageSize };
}

function toItem(r: Row): FeedItem {
  return {
    id: r.id,
    title: r.title,
    body: r.body,
    publishedAt: new Date(r.published_at),
    authorName: r.author_name,
    channel: r.community_slug ? { kind: "community", slug: r.community_slug, name: r.community_name! } : { kind: "organization", id: r.organization_id!, name: r.organization_name! },
  };
}
