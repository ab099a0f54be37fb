import { getDb } from "@/db/client";
import { materialAuthors, materials, type Material } from "@/db/schema";
import { searchColumns } from "@/lib/materials/search-document";
import type { TestUser } from "./factories";

/** A material written straight to the table (published unless told otherwise), with the owner as first author. */
export async function createMaterialRow(owner: TestUser, values: Partial<typeof materials.$inferInsert> = {}): Promise<Material> {
  const title = values.title ?? "Технологическая карта урока «Дроби вокруг нас»";
  const abstract = values.abstract ?? "Урок математики в 5 классе с заданиями на функциональную грамотность.";
  const db = await getDb();
  const [row] = await db
    .insert(materials)
    .values({
      kind: "lesson_plan",
      licence: "cc_by",
      ownerId: owner.id,
      status: "published",
      publishedAt: new Date(),
      version: 1,
      ...values,
      title,
      abstract,
      ...searchColumns({ title, abstract, body: values.body ?? "", tags: values.tags ?? [], authors: [owner.fullName] }),
    })
    .returning();
  await db.insert(materialAuthors).values({ materialId: row!.id, position: 0, userId: owner.id, name: owner.fullName });
  return row!;
}
