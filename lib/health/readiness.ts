import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export async function databaseReady(): Promise<boolean> {
  try {
    const db = await getDb();
    await Promise.race([db.execute(sql`select 1`), new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2_000))]);
    return true;
  } catch {
    return false;
  }
}
