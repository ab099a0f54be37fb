import type { materialCollectionItems, materialCollections, materialExperiences, materialFavourites, materialReviews, ReviewScore } from "@/db/schema";
import { demoLogins, demoUsers } from "./demo-data";
import { chance, choose, type DemoMaterial, type DemoMaterialRows } from "./demo-materials";

// What happened to the demo bank after publication: each published material's expert review,
// colleagues' experiences of use, favourites and a few collections. Deterministic, like the bank.

const DAY = 86_400_000;

/** A review whose scores are given by rubric position; the seed fills in the criteria it finds. */
export type DemoReview = Omit<typeof materialReviews.$inferInsert, "scores"> & { points: number[] };

export type DemoFeedbackRows = {
  reviews: DemoReview[];
  experiences: (typeof materialExperiences.$inferInsert)[];
  favourites: (typeof materialFavourites.$inferInsert)[];
  collections: (typeof materialCollections.$inferInsert)[];
  collectionItems: (typeof materialCollectionItems.$inferInsert)[];
};

const experts = demoUsers.filter((u) => u.roles.includes("expert"));

const summaries = [
  "Материал актуален, методически выверен и готов к использованию в практике. Рекомендуется к публикации в банке.",
  "Разработка отличается продуманной структурой и практической направленностью. Рекомендуется к публикации.",
  "Материал соответствует требованиям ФГОС, задания разнообразны и посильны. Рекомендуется к публикации с пожеланием дополнить критерии оценивания.",
  "Хороший пример системной работы педагога; материал можно использовать без доработки.",
];

const contexts = [
  "Провела урок по разработке почти без изменений, сократила этап закрепления.",
  "Использовала как основу для открытого урока в рамках методической недели.",
  "Взяла задания для групповой работы, остальное адаптировала под свой класс.",
  "Применил на занятии внеурочной деятельности, добавил карточки для слабых учеников.",
  "Использовали на методическом объединении как образец для обсуждения.",
];

const results = [
  "Дети работали активно, 80 % класса справились с итоговым заданием.",
  "Урок прошёл в хорошем темпе, на рефлексии ученики отметили интерес к теме.",
  "Задания оказались сложноваты для половины класса: в следующий раз дам больше времени.",
  "Коллеги на МО отметили удачную структуру, двое взяли материал в работу.",
  "Заметно выросла самостоятельность учеников; результаты проверочной работы выше, чем в параллели.",
];

function gradeOf(m: DemoMaterial, key: string): string {
  const grades = m.levels.flatMap((l) => (l.startsWith("grade_") ? [Number(l.slice(6))] : []));
  if (grades.length === 0) return m.levels.includes("preschool") ? choose(key, "group", ["старшая группа", "подготовительная группа"]) : "группа дополнительного образования";
  return `${choose(key, "grade", grades)} «${choose(key, "letter", ["А", "Б", "В"])}» класс`;
}

export function demoFeedbackRows(list: DemoMaterial[], rows: DemoMaterialRows, userId: (email: string) => string): DemoFeedbackRows {
  const out: DemoFeedbackRows = { reviews: [], experiences: [], favourites: [], collections: [], collectionItems: [] };
  const published: { m: DemoMaterial; id: string; publishedAt: Date }[] = [];
  list.forEach((m, i) => {
    const row = rows.materials[i]!;
    if (m.status !== "published" || !row.publishedAt) return;
    const id = row.id as string;
    const publishedAt = row.publishedAt as Date;
    published.push({ m, id, publishedAt });
    const authors = new Set([m.owner, ...m.coAuthors.flatMap((a) => ("email" in a ? [a.email] : []))]);
    const eligible = experts.filter((e) => !authors.has(e.email));
    const expert = eligible.find((e) => e.subjects.some((s) => (m.subjects as string[]).includes(s))) ?? choose(m.key, "expert", eligible);
    out.reviews.push({
      materialId: id,
      version: 1,
      expertId: userId(expert.email),
      assignedById: chance(m.key, "queue") < 0.5 ? null : userId(demoLogins.methodist),
      status: "done",
      verdict: "publish",
      summary: choose(m.key, "summary", summaries),
      points: [0, 1, 2, 3, 4].map((i) => 2 + Math.floor(chance(m.key, `point${i}`) * 1.7)),
      createdAt: new Date(publishedAt.getTime() - DAY / 2),
      completedAt: publishedAt,
    });
    // About a third of the rated materials have experiences, from those who rated them.
    m.ratings.slice(0, chance(m.key, "experiences") < 0.35 ? 3 : 0).forEach((r, n) => {
      const key = `${m.key}:${n}`;
      out.experiences.push({
        materialId: id,
        userId: userId(r.email),
        grade: gradeOf(m, key),
        context: choose(key, "context", contexts),
        result: choose(key, "result", results),
        createdAt: new Date(publishedAt.getTime() + (n + 1) * 3 * DAY),
      });
    });
  });

  // The demo teacher's favourites and collections, and a methodist's recommended list.
  const teacherPicks = published.filter(({ m }) => m.owner !== demoLogins.participant && m.themes.includes("functional_literacy")).slice(0, 12);
  for (const { id, publishedAt } of teacherPicks.slice(0, 8)) out.favourites.push({ userId: userId(demoLogins.participant), materialId: id, addedAt: new Date(publishedAt.getTime() + DAY) });
  const collection = (owner: string, title: string, description: string, isPublic: boolean, picks: typeof published) => {
    const id = crypto.randomUUID();
    const createdAt = picks.reduce((latest, p) => (p.publishedAt > latest ? p.publishedAt : latest), new Date(0));
    out.collections.push({ id, ownerId: userId(owner), title, description, public: isPublic, createdAt });
    for (const p of picks) out.collectionItems.push({ collectionId: id, materialId: p.id, addedAt: createdAt });
  };
  collection(demoLogins.participant, "Функциональная грамотность: к урокам", "Задания и разработки, которые я беру в 5–7 классах.", true, teacherPicks);
  collection(demoLogins.participant, "К аттестации", "", false, teacherPicks.slice(8, 12));
  const recommended = [...published].sort((a, b) => b.m.viewCount - a.m.viewCount).slice(0, 10);
  collection(demoLogins.methodist, "Рекомендовано методическим центром", "Самые востребованные материалы банка: отобраны по итогам года.", true, recommended);
  return out;
}

/** Review rows with the scores attached to the rubric's criteria (Russian names, as reviews keep them). */
export function reviewsWithScores(reviews: DemoReview[], criteria: { id: string; nameRu: string }[]): (typeof materialReviews.$inferInsert)[] {
  return reviews.map(({ points, ...review }) => ({
    ...review,
    scores: criteria.map((c, i): ReviewScore => ({ criterionId: c.id, name: c.nameRu, score: points[i % points.length]!, comment: "" })),
  }));
}
