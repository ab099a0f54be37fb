import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations, users } from "@/db/schema";

/** Headline figures for the home page. */
export async function platformFigures(): Promise<{ members: number; organizations: number; municipalities: number }> {
  const db = await getDb();
  const [[people], [orgs]] = await Promise.all([
    db.select({ n: sql<number>`count(*)::int` }).from(users).where(and(eq(users.status, "active"))),
    db
      .select({ n: sql<number>`count(*)::int`, municipalities: sql<number>`count(distinct ${organizations.municipality})::int` })
      .from(organizations)
      .where(eq(organizations.status, "approved")),
  ]);
  return { members: people?.n ?? 0, organizations: orgs?.n ?? 0, municipalities: orgs?.municipalities ?? 0 };
}
