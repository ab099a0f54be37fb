import { randomUUID } from "node:crypto";
import type { PgInsertValue } from "drizzle-orm/pg-core";
import type { materialAuthors, materialRatings, materials } from "@/db/schema";
import { searchColumns } from "@/lib/materials/search-document";
import type { PriorityTheme } from "@/lib/reference/communities";
import type { EducationLevel, MaterialKind, MaterialLicence, MaterialStatus } from "@/lib/reference/materials";
import type { Subject } from "@/lib/reference/subjects";
import reference from "@/messages/ru/reference.json";
import { demoCommunities } from "./demo-communities";
import { demoUsers } from "./demo-data";
import { demoTopics, type DemoTopic } from "./demo-material-topics";

// The demo bank of materials: one material per topic and kind of demo-material-topics.ts, worded
// the way such materials are in Russian methodological banks, by the demo users who teach the
// subject (in the topic's community when it has one). Deterministic: the same list on every run.

export type DemoAuthor = { email: string } | { name: string };

export type DemoMaterial = {
  /** "m001": stable while topics are only ever appended. */
  key: string;
  kind: MaterialKind;
  title: string;
  abstract: string;
  /** Markdown. */
  body: string;
  subjects: Subject[];
  levels: EducationLevel[];
  themes: PriorityTheme[];
  tags: string[];
  licence: MaterialLicence;
  /** A demo user's e-mail: the owner and first author. */
  owner: string;
  coAuthors: DemoAuthor[];
  /** A demo community's slug. */
  community: string | null;
  status: MaterialStatus;
  createdDaysAgo: number;
  /** Null unless published. */
  publishedDaysAgo: number | null;
  viewCount: number;
  downloadCount: number;
  /** One score per rater (a demo user other than the authors). */
  ratings: { email: string; score: number }[];
};

/** A number in [0, 1) fixed by the material and what it is for (FNV-1a). */
export function chance(key: string, salt: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${key}:${salt}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 4_294_967_296;
}

export function choose<T>(key: string, salt: string, items: readonly T[]): T {
  return items[Math.floor(chance(key, salt) * items.length)]!;
}

const authorsWhoCanPublish = demoUsers.filter((u) => (u.status ?? "active") === "active" && u.emailVerified !== false);

function communityPeople(slug: string): string[] {
  const community = demoCommunities.find((c) => c.slug === slug);
  if (!community) throw new Error(`demo-materials: no community ${slug}`);
  return [community.leader, ...community.moderators, ...community.members];
}

/** Who may have written a topic's material: the named author, or those teaching its subjects (in its community, when it has one). */
function candidates(topic: DemoTopic): string[] {
  if (topic.author) return [topic.author];
  const inCommunity = topic.community ? communityPeople(topic.community) : null;
  for (const subject of topic.subjects) {
    const teachers = authorsWhoCanPublish.filter((u) => u.subjects.includes(subject)).map((u) => u.email);
    const local = inCommunity ? teachers.filter((e) => inCommunity.includes(e)) : teachers;
    if (local.length > 0) return local;
  }
  throw new Error(`demo-materials: nobody to author «${topic.topic}»`);
}

const outsideAuthors = ["Ермакова Людмила Ивановна", "Сергеев Олег Викторович", "Никитина Светлана Юрьевна", "Борисова Татьяна Андреевна", "Чернов Илья Павлович"];

const licences: [MaterialLicence, number][] = [
  ["cc_by", 0.2],
  ["cc_by_sa", 0.15],
  ["cc_by_nc", 0.15],
  ["cc_by_nc_sa", 0.15],
  ["cc_by_nd", 0.08],
  ["cc_by_nc_nd", 0.07],
  ["network_only", 0.2],
];

function licenceFor(key: string): MaterialLicence {
  let x = chance(key, "licence");
  for (const [licence, share] of licences) {
    if (x < share) return licence;
    x -= share;
  }
  return "network_only";
}

/** «topic» in Russian quotes; quotes inside it become „inner“ ones, as Russian typography nests them. */
const quoted = (topic: string) => `«${topic.replace(/«([^»]*)»/g, "„$1“")}»`;

const grades = (levels: EducationLevel[]) => levels.flatMap((l) => (l.startsWith("grade_") ? [Number(l.slice(6))] : []));

/** "для 6 класса", "для 5–9 классов", "для детей дошкольного возраста". */
function audience(levels: EducationLevel[]): string {
  const g = grades(levels);
  const range = g.length === 0 ? "" : g.length === 1 ? `${g[0]} класса` : `${g[0]}–${g[g.length - 1]} классов`;
  const preschool = levels.includes("preschool");
  const additional = levels.includes("additional_education");
  if (!range) return preschool ? "для детей дошкольного возраста" : "для объединений дополнительного образования";
  if (preschool) return `для дошкольников и обучающихся ${range}`;
  if (additional) return `для ${range} и объединений дополнительного образования`;
  return `для ${range}`;
}

/** " (6 класс)", " (5–6 классы)" after a lesson's title; nothing when the topic names its classes or spans the school. */
function gradeSuffix(topic: DemoTopic): string {
  const g = grades(topic.levels);
  if (g.length === 0 || g.length > 3 || /класс/.test(topic.topic)) return "";
  return g.length === 1 ? ` (${g[0]} класс)` : ` (${g[0]}–${g[g.length - 1]} классы)`;
}

const childhood = (topic: DemoTopic) => grades(topic.levels).length === 0;

type Wording = { title: (t: DemoTopic) => string; lead: string; fits?: (t: DemoTopic) => boolean };

const plain = (t: DemoTopic) => !t.topic.includes(":");
const atSchool = (t: DemoTopic) => !childhood(t);

/** Title and the abstract's first words, by kind; one that fits the topic is chosen per material. */
const wordings: Record<MaterialKind, Wording[]> = {
  lesson_plan: [
    { title: (t) => (childhood(t) ? `Конспект занятия ${quoted(t.topic)}` : `Конспект урока ${quoted(t.topic)}${gradeSuffix(t)}`), lead: "Конспект" },
    { title: (t) => (childhood(t) ? `Технологическая карта занятия ${quoted(t.topic)}` : `Технологическая карта урока ${quoted(t.topic)}${gradeSuffix(t)}`), lead: "Технологическая карта" },
  ],
  methodological_development: [
    { title: (t) => `Методическая разработка ${quoted(t.topic)}`, lead: "Методическая разработка" },
    { title: (t) => `${t.topic}: методическая разработка`, lead: "Методическая разработка", fits: plain },
  ],
  methodological_recommendations: [
    { title: (t) => `Методические рекомендации ${quoted(t.topic)}`, lead: "Методические рекомендации" },
    { title: (t) => `${t.topic}: рекомендации для педагогов`, lead: "Рекомендации", fits: plain },
  ],
  lesson_video: [
    { title: (t) => (childhood(t) ? `Видеозапись занятия ${quoted(t.topic)}` : `Видеозапись открытого урока ${quoted(t.topic)}${gradeSuffix(t)}`), lead: "Видеозапись" },
    { title: (t) => `Видеоурок ${quoted(t.topic)}`, lead: "Видеоурок", fits: atSchool },
  ],
  assessment_materials: [
    { title: (t) => `Контрольно-измерительные материалы ${quoted(t.topic)}${gradeSuffix(t)}`, lead: "Контрольно-измерительные материалы" },
    { title: (t) => `Проверочная работа ${quoted(t.topic)}${gradeSuffix(t)}`, lead: "Проверочная работа", fits: atSchool },
    { title: (t) => `Диагностическая работа ${quoted(t.topic)}`, lead: "Диагностическая работа" },
  ],
  evaluation_sheet: [
    { title: (t) => `Оценочный лист ${quoted(t.topic)}`, lead: "Оценочный лист" },
    { title: (t) => `Лист самооценки ${quoted(t.topic)}`, lead: "Лист самооценки", fits: atSchool },
  ],
  project: [
    { title: (t) => `Проект ${quoted(t.topic)}`, lead: "Проект" },
    { title: (t) => `Учебный проект ${quoted(t.topic)}`, lead: "Учебный проект", fits: atSchool },
  ],
  article: [
    { title: (t) => `${t.topic}: из опыта работы`, lead: "Статья", fits: plain },
    { title: (t) => `Статья ${quoted(t.topic)}`, lead: "Статья" },
  ],
  innovative_practice: [
    { title: (t) => `Инновационная практика ${quoted(t.topic)}`, lead: "Инновационная практика" },
    { title: (t) => `Практика ${quoted(t.topic)}`, lead: "Практика" },
  ],
  program: [
    {
      // A topic that is itself a programme's name stands alone.
      title: (t) =>
        /программ/i.test(t.topic)
          ? t.topic
          : t.levels.includes("additional_education")
            ? `Дополнительная общеразвивающая программа ${quoted(t.topic)}`
            : childhood(t)
              ? `Парциальная программа ${quoted(t.topic)}`
              : `Программа курса внеурочной деятельности ${quoted(t.topic)}`,
      lead: "Программа",
    },
    { title: (t) => `Программа ${quoted(t.topic)}`, lead: "Программа", fits: (t) => !/программ/i.test(t.topic) },
  ],
  presentation: [
    { title: (t) => `Презентация ${quoted(t.topic)}`, lead: "Презентация" },
    { title: (t) => `Презентация к ${childhood(t) ? "занятию" : "уроку"} ${quoted(t.topic)}${gradeSuffix(t)}`, lead: "Презентация" },
  ],
};

const closings: Record<MaterialKind, string> = {
  lesson_plan: "Указаны цели, планируемые результаты, оборудование и этапы с хронометражем.",
  methodological_development: "Разработка апробирована в школах города; её можно использовать целиком или по частям.",
  methodological_recommendations: "Рекомендации содержат пошаговые алгоритмы, примеры и разбор типичных ошибок.",
  lesson_video: "К видеозаписи приложены самоанализ и методический комментарий.",
  assessment_materials: "Приведены спецификация, ключи и критерии оценивания.",
  evaluation_sheet: "Лист подходит для самооценки, взаимооценки и оценки учителем.",
  project: "Описаны этапы проекта, роли участников, продукт и критерии оценки защиты.",
  article: "Автор делится опытом и результатами за учебный год.",
  innovative_practice: "Описаны проблема, идея практики, этапы внедрения и достигнутые результаты.",
  program: "Программа включает пояснительную записку, планируемые результаты, содержание и тематическое планирование.",
  presentation: "Подходит для объяснения нового и для повторения.",
};

const inside = ["Содержание:", "В материале:", "Что внутри:", "Включает:"];
const warmUps = ["фронтальный опрос по предыдущей теме", "проблемный вопрос и мозговой штурм", "короткий тест с самопроверкой", "игра «Верю — не верю»"];
const reflections = ["Светофор", "Незаконченное предложение", "Лестница успеха", "Плюс — минус — интересно"];
const equipment = ["интерактивная доска, раздаточные карточки", "проектор, рабочие листы, карточки для групп", "ноутбуки или планшеты, рабочие листы"];

function subjectLine(topic: DemoTopic): string {
  const subjects = topic.subjects.map((s) => reference.subjects[s].toLowerCase()).join(", ");
  const themes = topic.themes.map((t) => reference.priorityThemes[t].toLowerCase()).join(", ");
  const levels = topic.levels.map((l) => reference.educationLevels[l]);
  const level = levels.length > 3 ? `${levels[0]} — ${levels[levels.length - 1]}` : levels.join(", ");
  return `**Предмет:** ${subjects}. **Уровень:** ${level.toLowerCase()}.${themes ? ` **Направление:** ${themes}.` : ""}`;
}

function body(kind: MaterialKind, topic: DemoTopic, key: string): string {
  const t = topic.topic;
  const concepts = topic.tags.join(", ");
  const lesson = childhood(topic) ? "занятия" : "урока";
  const sections: Record<MaterialKind, string> = {
    lesson_plan: `## Цели ${lesson}
- Образовательная: освоить тему «${t}».
- Развивающая: развивать умение анализировать, сравнивать и делать выводы.
- Воспитательная: воспитывать интерес к предмету и умение работать в команде.

## Оборудование
${choose(key, "equipment", equipment)}.

## Ход ${lesson}
1. **Организационный момент** (2 мин).
2. **Мотивация и актуализация знаний** (5 мин): ${choose(key, "warm-up", warmUps)}.
3. **Изучение нового материала** (15 мин): ${topic.idea}.
4. **Закрепление** (12 мин): работа в парах и группах, разноуровневые задания.
5. **Рефлексия** (3 мин): приём «${choose(key, "reflection", reflections)}».
6. **Домашнее задание** по выбору.

Ключевые понятия: ${concepts}.`,
    methodological_development: `## Пояснительная записка
Разработка посвящена теме «${t}» и опирается на системно-деятельностный подход.

## Содержание
${topic.idea[0]!.toUpperCase()}${topic.idea.slice(1)}.

## Как использовать
1. Познакомьтесь с планируемыми результатами.
2. Подберите задания под уровень класса.
3. Проведите рефлексию и зафиксируйте результаты в листе наблюдений.

Ключевые понятия: ${concepts}.`,
    methodological_recommendations: `## Для кого
Для учителей, воспитателей и заместителей руководителей, работающих по теме «${t}».

## Рекомендации
- ${topic.idea[0]!.toUpperCase()}${topic.idea.slice(1)}.
- Планируйте работу заранее и согласуйте её с коллегами по методическому объединению.
- Фиксируйте результаты, чтобы сравнить их в конце полугодия.

## Типичные ошибки
Перегрузка урока заданиями, отсутствие обратной связи, формальная рефлексия.

Ключевые слова: ${concepts}.`,
    lesson_video: `## О записи
${childhood(topic) ? "Открытое занятие" : "Открытый урок"} по теме «${t}», продолжительность 40 минут.

## Что посмотреть
- ${topic.idea[0]!.toUpperCase()}${topic.idea.slice(1)}.
- Как организована работа в группах.
- Как проходит рефлексия в конце.

Самоанализ и технологическая карта — в приложенных файлах. Ключевые понятия: ${concepts}.`,
    assessment_materials: `## Спецификация
Назначение: проверка результатов освоения темы «${t}». Время выполнения — 40 минут.

## Структура работы
- Часть 1: задания с кратким ответом.
- Часть 2: задания с развёрнутым ответом.

## Содержание
${topic.idea[0]!.toUpperCase()}${topic.idea.slice(1)}.

## Оценивание
Ключи и критерии — в конце документа; шкала перевода баллов в отметку приведена в таблице.

Проверяемые элементы: ${concepts}.`,
    evaluation_sheet: `## Назначение
Оценочный лист по теме «${t}».

| Критерий | Баллы |
| --- | --- |
| Понимание темы | 0–3 |
| Самостоятельность | 0–3 |
| Оформление результата | 0–2 |

${topic.idea[0]!.toUpperCase()}${topic.idea.slice(1)}.

Критерии обсуждаются с учениками до начала работы. Ключевые понятия: ${concepts}.`,
    project: `## Проблема
Как связать тему «${t}» с жизнью учеников?

## Этапы проекта
1. Погружение и постановка цели.
2. Планирование и распределение ролей.
3. Исследование: ${topic.idea}.
4. Оформление продукта.
5. Защита и рефлексия.

## Продукт
Презентация, буклет или выставка по выбору группы.

Ключевые понятия: ${concepts}.`,
    article: `## Почему это важно
Тема «${t}» — одна из тех, где ученики чаще всего теряют интерес.

## Опыт работы
${topic.idea[0]!.toUpperCase()}${topic.idea.slice(1)}. За год выросла доля учащихся, выполняющих задания повышенного уровня.

## Выводы
Приём работает при регулярном использовании и понятных критериях.

Ключевые слова: ${concepts}.`,
    innovative_practice: `## Проблема
Традиционные формы работы по теме «${t}» не дают нужных результатов.

## Идея практики
${topic.idea[0]!.toUpperCase()}${topic.idea.slice(1)}.

## Этапы внедрения
1. Подготовительный: команда, ресурсы, договорённости с партнёрами.
2. Основной: апробация в нескольких классах.
3. Обобщающий: анализ результатов, тиражирование в сети.

## Результаты
Рост мотивации, участие в конкурсах, интерес коллег из других школ.

Ключевые слова: ${concepts}.`,
    program: `## Пояснительная записка
Программа «${t}» рассчитана на один учебный год (34 часа).

## Планируемые результаты
Личностные, метапредметные и предметные результаты по теме программы.

## Содержание
${topic.idea[0]!.toUpperCase()}${topic.idea.slice(1)}.

## Тематическое планирование
| Раздел | Часы |
| --- | --- |
| Введение | 2 |
| Основной раздел | 28 |
| Итоговое занятие | 4 |

Ключевые слова: ${concepts}.`,
    presentation: `Презентация из ${12 + Math.floor(chance(key, "slides") * 14)} слайдов.

## Структура
1. Титульный слайд и мотивирующий вопрос.
2. Теория: ${concepts}.
3. ${topic.idea[0]!.toUpperCase()}${topic.idea.slice(1)}.
4. Задания для закрепления с ответами на отдельных слайдах.
5. Рефлексия.

Слайды можно показывать на интерактивной доске или раздать ученикам в PDF.`,
  };
  return `${subjectLine(topic)}\n\n${sections[kind]}\n`;
}

const pendingStatuses: MaterialStatus[] = ["submitted", "under_review", "returned", "draft"];

/** The demo bank, in topic order. */
export function demoMaterials(): DemoMaterial[] {
  const list: DemoMaterial[] = [];
  for (const topic of demoTopics) {
    for (const kind of topic.kinds) {
      const index = list.length;
      const key = `m${String(index + 1).padStart(3, "0")}`;
      const wording = choose(key, "wording", wordings[kind].filter((w) => w.fits?.(topic) ?? true));
      const people = candidates(topic);
      const owner = choose(key, "owner", people);
      const coAuthors: DemoAuthor[] = [];
      const colleague = people.find((e) => e !== owner);
      if (colleague && chance(key, "co-author") < 0.3) coAuthors.push({ email: colleague });
      if (chance(key, "outside") < 0.1) coAuthors.push({ name: choose(key, "outside-name", outsideAuthors) });
      const authors = new Set([owner, ...coAuthors.flatMap((a) => ("email" in a ? [a.email] : []))]);

      // Every 17th waits somewhere in the workflow; a members-only community's material is always published, to show who sees it.
      const community = demoCommunities.find((c) => c.slug === topic.community);
      const status: MaterialStatus = index % 17 === 5 && community?.visibility !== "members" ? pendingStatuses[Math.floor(index / 17) % pendingStatuses.length]! : "published";
      const published = status === "published";
      // Written after the owner registered and while the community worked (before an archived one closed).
      const newest = community?.liquidation ? community.liquidation.daysAgo + 20 : 20;
      const oldest = Math.max(newest, Math.min(demoUsers.find((u) => u.email === owner)!.joinedDaysAgo, community?.createdDaysAgo ?? Infinity) - 3);
      const createdDaysAgo = published ? newest + Math.floor(chance(key, "created") * (oldest - newest)) : 2 + Math.floor(chance(key, "created") * 30);
      const publishedDaysAgo = published ? createdDaysAgo - 1 - Math.floor(chance(key, "review") * Math.min(14, createdDaysAgo - newest)) : null;
      const popularity = chance(key, "popularity") ** 2;
      const viewCount = published ? 8 + Math.floor(popularity * 1_400) : 0;
      const raters = publishedDaysAgo === null ? [] : authorsWhoCanPublish.filter((u) => !authors.has(u.email) && u.joinedDaysAgo > publishedDaysAgo);
      const ratingCount = Math.min(raters.length, Math.floor(chance(key, "ratings") * 8 * (0.3 + popularity)));
      const offset = Math.floor(chance(key, "raters") * raters.length);

      list.push({
        key,
        kind,
        title: wording.title(topic),
        abstract: `${wording.lead} по теме ${quoted(topic.topic)} ${audience(topic.levels)}. ${choose(key, "inside", inside)} ${topic.idea}. ${closings[kind]}`,
        body: body(kind, topic, key),
        subjects: topic.subjects,
        levels: topic.levels,
        themes: topic.themes,
        tags: topic.tags.map((tag) => tag.toLowerCase()),
        licence: licenceFor(key),
        owner,
        coAuthors,
        community: topic.community ?? null,
        status,
        createdDaysAgo,
        publishedDaysAgo,
        viewCount,
        downloadCount: Math.floor(viewCount * (0.08 + chance(key, "downloads") * 0.3)),
        ratings: Array.from({ length: ratingCount }, (_, i) => ({
          email: raters[(offset + i * 7) % raters.length]!.email,
          score: Math.min(5, 3 + Math.floor(chance(key, `score${i}`) * 3.4)),
        })).filter((r, i, all) => all.findIndex((o) => o.email === r.email) === i),
      });
    }
  }
  return list;
}

export type DemoMaterialRefs = {
  nowMs: number;
  userId: (email: string) => string;
  userName: (email: string) => string;
  /** The owner's organization, recorded on the material; null for none. */
  organizationId: (email: string) => string | null;
  communityId: (slug: string) => string;
};

export type DemoMaterialRows = {
  /** With `searchVector` as an SQL expression: pass to insert().values() as they are. */
  materials: PgInsertValue<typeof materials>[];
  authors: (typeof materialAuthors.$inferInsert)[];
  ratings: (typeof materialRatings.$inferInsert)[];
};

const DAY = 86_400_000;

/** Rows to insert (materials first): ids resolved, search columns and rating totals filled in. */
export function demoMaterialRows(list: DemoMaterial[], refs: DemoMaterialRefs): DemoMaterialRows {
  const rows: DemoMaterialRows = { materials: [], authors: [], ratings: [] };
  const ago = (days: number) => new Date(refs.nowMs - days * DAY);
  for (const m of list) {
    const id = randomUUID();
    const authors = [{ email: m.owner }, ...m.coAuthors];
    const names = authors.map((a) => ("email" in a ? refs.userName(a.email) : a.name));
    const createdAt = ago(m.createdDaysAgo);
    const publishedAt = m.publishedDaysAgo === null ? null : ago(m.publishedDaysAgo);
    rows.materials.push({
      id,
      kind: m.kind,
      title: m.title,
      abstract: m.abstract,
      body: m.body,
      subjects: m.subjects,
      levels: m.levels,
      themes: m.themes,
      tags: m.tags,
      licence: m.licence,
      organizationId: refs.organizationId(m.owner),
      communityId: m.community ? refs.communityId(m.community) : null,
      ownerId: refs.userId(m.owner),
      status: m.status,
      submittedAt: m.status === "draft" ? null : new Date(createdAt.getTime() + DAY / 2),
      publishedAt,
      viewCount: m.viewCount,
      downloadCount: m.downloadCount,
      ratingCount: m.ratings.length,
      ratingSum: m.ratings.reduce((sum, r) => sum + r.score, 0),
      ...searchColumns({ title: m.title, abstract: m.abstract, body: m.body, tags: m.tags, authors: names }),
      createdAt,
      updatedAt: publishedAt ?? createdAt,
    });
    authors.forEach((a, position) => {
      rows.authors.push({ materialId: id, position, userId: "email" in a ? refs.userId(a.email) : null, name: names[position]! });
    });
    m.ratings.forEach((r, i) => {
      // Spread over the time since publication.
      const at = publishedAt!.getTime() + ((i + 1) / (m.ratings.length + 1)) * (refs.nowMs - publishedAt!.getTime());
      rows.ratings.push({ materialId: id, userId: refs.userId(r.email), score: r.score, updatedAt: new Date(at) });
    });
  }
  return rows;
}
