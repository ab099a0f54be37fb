import { demoMaterials, type DemoMaterial } from "@/db/seed/demo-materials";
import { mulberry32, pick } from "@/db/seed/random";
import { demoTopics } from "@/db/seed/demo-material-topics";
import { materialLicences, type MaterialKind, type MaterialLicence, type MaterialStatus } from "@/lib/reference/materials";

// The words of the materials-search benchmarks (BENCH.md 3, 5, 6): the documents of the 200,000-
// material corpus (bench/generate-materials.ts writes them), the labelled queries and the query
// mix. Every background material is a demo material (db/seed/demo-materials.ts: real Russian
// titles, abstracts and bodies over 156 topics) varied with an aspect, inflected filler sentences
// and cross-references to other topics. The labelled set is planted: each phrase below is the
// title of two materials and is named, in the body or abstract, by fifty others (distractors);
// its query is another inflected form of it. No demo topic uses these phrases.

/** The generator of row `i` (db/seed/random.ts), salted: the same seed gives the same corpus on every run. */
export function randomFor(seed: number, i: number, salt = 0): () => number {
  return mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35) ^ Math.imul(salt + 7, 0x27d4eb2f));
}

/** A Zipf-like pick: the first items much more often than the last. */
const zipf = <T>(r: () => number, items: readonly T[]): T => items[Math.min(items.length - 1, Math.floor(items.length * r() ** 2.5))]!;

/** A v4-shaped uuid from the seed and a number (planted documents must be found again by the benchmark). */
export function seededUuid(seed: number, n: number, salt: number): string {
  const r = randomFor(seed, n, salt);
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((parseInt(hex[16]!, 16) & 3) | 8).toString(16);
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// Nouns of methodological texts in their case forms, most frequent first.
const nouns: string[][] = [
  ["урок", "урока", "уроку", "уроком", "уроке", "уроки", "уроков", "урокам", "уроками", "уроках"],
  ["материал", "материала", "материалу", "материалом", "материале", "материалы", "материалов", "материалам", "материалами", "материалах"],
  ["задание", "задания", "заданию", "заданием", "задании", "заданий", "заданиям", "заданиями", "заданиях"],
  ["ученик", "ученика", "ученику", "учеником", "ученике", "ученики", "учеников", "ученикам", "учениками", "учениках"],
  ["работа", "работы", "работе", "работу", "работой", "работ", "работам", "работами", "работах"],
  ["занятие", "занятия", "занятию", "занятием", "занятии", "занятий", "занятиям", "занятиями", "занятиях"],
  ["учитель", "учителя", "учителю", "учителем", "учителе", "учителей", "учителям", "учителями", "учителях"],
  ["класс", "класса", "классу", "классом", "классе", "классы", "классов", "классам", "классами", "классах"],
  ["группа", "группы", "группе", "группу", "группой", "групп", "группам", "группами", "группах"],
  ["педагог", "педагога", "педагогу", "педагогом", "педагоге", "педагоги", "педагогов", "педагогам", "педагогами"],
  ["навык", "навыка", "навыку", "навыком", "навыки", "навыков", "навыкам", "навыками"],
  ["результат", "результата", "результату", "результатом", "результаты", "результатов", "результатам", "результатами"],
  ["игра", "игры", "игре", "игру", "игрой", "игр", "играм", "играми", "играх"],
  ["текст", "текста", "тексту", "текстом", "тексте", "тексты", "текстов", "текстами"],
  ["вопрос", "вопроса", "вопросу", "вопросом", "вопросы", "вопросов", "вопросам", "вопросами"],
  ["карточка", "карточки", "карточке", "карточку", "карточкой", "карточек", "карточками"],
  ["таблица", "таблицы", "таблице", "таблицу", "таблицей", "таблиц", "таблицами"],
  ["приём", "приёма", "приёмом", "приёмы", "приёмов", "приёмами", "прием", "приемы", "приемов"],
  ["метод", "метода", "методом", "методы", "методов", "методами"],
  ["этап", "этапа", "этапе", "этапы", "этапов", "этапам", "этапах"],
  ["родитель", "родителя", "родители", "родителей", "родителям", "родителями"],
  ["проект", "проекта", "проекту", "проектом", "проекте", "проекты", "проектов"],
  ["умение", "умения", "умению", "умением", "умений", "умениями"],
  ["диагностика", "диагностики", "диагностике", "диагностику", "диагностикой"],
  ["рефлексия", "рефлексии", "рефлексию", "рефлексией"],
  ["мотивация", "мотивации", "мотивацию", "мотивацией"],
  ["схема", "схемы", "схеме", "схему", "схем", "схемами"],
  ["упражнение", "упражнения", "упражнению", "упражнений", "упражнениями"],
  ["конкурс", "конкурса", "конкурсе", "конкурсы", "конкурсов"],
  ["олимпиада", "олимпиады", "олимпиаде", "олимпиаду", "олимпиад"],
  ["портфолио"],
  ["кейс", "кейса", "кейсы", "кейсов", "кейсами"],
  ["чек-лист", "чек-листа", "чек-листы", "чек-листов"],
  ["тренажёр", "тренажёра", "тренажёры", "тренажеров"],
  ["маршрут", "маршрута", "маршрутом", "маршруты"],
  ["компетенция", "компетенции", "компетенций", "компетенциями"],
  ["наставник", "наставника", "наставнику", "наставники", "наставников"],
  ["экскурсия", "экскурсии", "экскурсию", "экскурсий"],
  ["лаборатория", "лаборатории", "лабораторию", "лабораторий"],
  ["квест", "квеста", "квесты", "квестов"],
  ["модуль", "модуля", "модулю", "модули", "модулей"],
  ["семинар", "семинара", "семинаре", "семинары"],
  ["анкета", "анкеты", "анкету", "анкет"],
  ["буклет", "буклета", "буклеты", "буклетов"],
  ["глоссарий", "глоссария", "глоссарии"],
];

const adjectives = [
  "практические", "практических", "творческие", "творческих", "самостоятельной", "самостоятельную", "групповой", "групповую", "индивидуальной", "итоговой",
  "итоговое", "входной", "входную", "современные", "современных", "интерактивные", "интерактивных", "цифровые", "цифровых", "проектной", "проектную",
  "исследовательской", "исследовательские", "разноуровневые", "разноуровневых", "дифференцированные", "дифференцированного", "игровые", "игровых", "наглядные",
  "наглядных", "учебные", "учебных", "методические", "методических", "дополнительные", "дополнительных", "познавательные", "познавательных", "коммуникативные",
  "регулятивные", "метапредметные", "метапредметных", "личностные", "предметные", "предметных", "ключевые", "ключевых", "типичные", "типичных",
];
const verbs = [
  "развивает", "развивают", "формирует", "формируют", "помогает", "помогают", "позволяет", "позволяют", "закрепляет", "закрепляют", "проверяет", "используется",
  "используются", "обсуждаем", "выполняют", "составляют", "анализируют", "сравнивают", "оценивают", "готовят", "представляют", "применяют", "отрабатывают",
];
const connectors = ["и", "на", "для", "по", "с", "в", "при", "через", "к", "после", "во время", "а также", "без", "вместо"];

const aspects = [
  "задания повышенной сложности", "для работы в группах", "дистанционный формат", "для детей с ОВЗ", "с использованием цифровых ресурсов", "итоговое повторение",
  "входная диагностика", "урок-игра", "урок-путешествие", "интегрированный урок", "кейс-метод", "для слабоуспевающих учеников", "подготовка к олимпиаде",
  "из опыта работы", "сельская малокомплектная школа", "вариант для одарённых детей", "мини-исследование", "перевёрнутый класс", "станционное обучение",
  "технология критического мышления", "для молодых педагогов", "в формате квеста", "с элементами театрализации", "на основе краеведения", "сетевой проект",
  "для инклюзивного класса", "в условиях обновлённых ФГОС", "внеурочное занятие", "с заданиями ВПР", "открытое занятие",
];

/** One inflected filler sentence: vocabulary and its distribution, not grammar (the demo texts set the frequent words' shares). */
function filler(r: () => number): string {
  const noun = () => pick(r, pick(r, nouns));
  const words = [pick(r, adjectives), noun(), pick(r, verbs), pick(r, connectors), pick(r, adjectives), noun()];
  const text = words.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

// The labelled set: [the phrase that titles two planted materials, the query in another form].
// Queries of the last block are typed with a mistake.
export const plantedPhrases: [phrase: string, query: string][] = [
  ["Витражная роспись по стеклу", "витражной росписи"],
  ["Модульное оригами", "оригами из модулей"],
  ["Квиллинг: бумажная филигрань", "квиллингу"],
  ["Гжельская роспись", "гжели"],
  ["Дымковская игрушка", "дымковские игрушки"],
  ["Филимоновская свистулька", "филимоновских свистулек"],
  ["Городецкая роспись", "городецкой росписи"],
  ["Батик: холодная роспись ткани", "батика"],
  ["Вышивка крестом", "вышивке крестом"],
  ["Лоскутное шитьё", "лоскутного шитья"],
  ["Гончарное дело", "гончарному делу"],
  ["Резьба по дереву", "резьбы по дереву"],
  ["Мыловарение для школьников", "мыловарения"],
  ["Кукла-оберег", "куклы-обереги"],
  ["Пасхальные традиции", "пасхальных традиций"],
  ["Ледяные скульптуры", "ледяной скульптуры"],
  ["Ткачество на дощечках", "ткачеству"],
  ["Макраме", "макраме"],
  ["Витраж в технике тиффани", "тиффани"],
  ["Пластилиновая анимация", "пластилиновой анимации"],
  ["Песочная анимация", "песочной анимацией"],
  ["Мультстудия в детском саду", "мультстудии"],
  ["Театр теней", "театра теней"],
  ["Кукольный театр", "кукольного театра"],
  ["Хоровое пение", "хорового пения"],
  ["Игра на ложках", "игре на ложках"],
  ["Балалайка в оркестре", "балалайки"],
  ["Нотная грамота", "нотной грамоте"],
  ["Ритмика для малышей", "ритмике"],
  ["Экология водоёмов", "экологии водоема"],
  ["Почвенные беспозвоночные", "почвенных беспозвоночных"],
  ["Лишайники как биоиндикаторы", "лишайников"],
  ["Птицы, зимующие у кормушки", "зимующих птиц"],
  ["Муравейник: жизнь колонии", "муравейника"],
  ["Строение цветка", "строению цветков"],
  ["Грибы-паразиты", "грибов паразитов"],
  ["Кровеносная система", "кровеносной системы"],
  ["Иммунитет человека", "иммунитета"],
  ["Наследственные болезни", "наследственных болезней"],
  ["Ферменты и их роль", "ферментов"],
  ["Радиоактивность", "радиоактивности"],
  ["Магнитное поле Земли", "магнитного поля"],
  ["Оптические иллюзии", "оптических иллюзий"],
  ["Закон Архимеда", "закона Архимеда"],
  ["Полупроводники", "полупроводников"],
  ["Линзы и их применение", "линз"],
  ["Звуковые волны", "звуковых волн"],
  ["Атмосферное давление", "атмосферного давления"],
  ["Кометы и астероиды", "комет"],
  ["Чёрные дыры", "черных дыр"],
  ["Фазы Луны", "фазах луны"],
  ["Вулканы и гейзеры", "вулканов"],
  ["Ледники", "ледников"],
  ["Пустыни мира", "пустынь"],
  ["Тундра", "тундры"],
  ["Океанские течения", "океанских течений"],
  ["Часовые пояса", "часовых поясов"],
  ["Полезные ископаемые", "полезных ископаемых"],
  ["Население России", "населения России"],
  ["Крещение Руси", "крещения Руси"],
  ["Смутное время", "смутного времени"],
  ["Куликовская битва", "куликовской битве"],
  ["Ледовое побоище", "ледового побоища"],
  ["Отечественная война 1812 года", "войны 1812 года"],
  ["Восстание декабристов", "восстания декабристов"],
  ["Крепостное право", "крепостного права"],
  ["Блокада Ленинграда", "блокады Ленинграда"],
  ["Сталинградская битва", "сталинградской битвы"],
  ["Космонавтика: первый полёт", "первого полета"],
  ["Конституция Российской Федерации", "конституции"],
  ["Избирательное право", "избирательного права"],
  ["Налоги и налогообложение", "налогов"],
  ["Страхование", "страхования"],
  ["Фондовый рынок", "фондового рынка"],
  ["Рыночная экономика", "рыночной экономики"],
  ["Лирика Есенина", "лирики Есенина"],
  ["Поэзия Серебряного века", "серебряного века"],
  ["Рассказы Чехова", "рассказов Чехова"],
  ["Роман «Отцы и дети»", "отцов и детей"],
  ["Повесть «Капитанская дочка»", "капитанской дочки"],
  ["Поэма «Мёртвые души»", "мертвых душ"],
  ["Басни Эзопа", "басен Эзопа"],
  ["Былины о богатырях", "былин"],
  ["Сложные слова с соединительной гласной", "соединительных гласных"],
  ["Деепричастный оборот", "деепричастных оборотов"],
  ["Прямая речь и диалог", "прямой речи"],
  ["Синонимы и антонимы", "синонимов"],
  ["Омонимы", "омонимов"],
  ["Ударение в словах", "ударения"],
  ["Правописание приставок", "правописания приставок"],
  ["Неправильные глаголы английского языка", "неправильных глаголов"],
  ["Немецкий алфавит", "немецкого алфавита"],
  ["Французские песни", "французских песен"],
  ["Признаки делимости", "признакам делимости"],
  ["Наибольший общий делитель", "наибольшего общего делителя"],
  ["Арифметическая прогрессия", "арифметической прогрессии"],
  ["Геометрическая прогрессия", "геометрических прогрессий"],
  ["Логарифмы", "логарифмов"],
  ["Комбинаторика", "комбинаторики"],
  ["Векторы на плоскости", "векторов"],
  ["Подобие треугольников", "подобных треугольников"],
  ["Алгоритмы сортировки", "алгоритмов сортировки"],
  ["Базы данных", "базам данных"],
  ["Компьютерная графика", "компьютерной графики"],
  ["Сетевой этикет", "сетевого этикета"],
  ["Утренняя гимнастика", "утренней гимнастики"],
  ["Лыжная подготовка", "лыжной подготовки"],
  ["Плавание", "плаванию"],
  ["Настольный теннис", "настольному теннису"],
  ["Закаливание дошкольников", "закаливания"],
  ["Объём пирамиды", "объема пирамиды"],
  ["Десятичные логарифмы", "десятичного логарифма"],
  // Typos.
  ["Комбинаторика", "комбинаторека"],
  ["Радиоактивность", "радиоактивнасть"],
  ["Полупроводники", "полуправодники"],
  ["Кровеносная система", "кравеносная система"],
  ["Арифметическая прогрессия", "арифметическая прогресия"],
  ["Лишайники как биоиндикаторы", "лишайнеки"],
  ["Восстание декабристов", "дикабристов"],
  ["Иммунитет человека", "имунитет"],
  ["Гончарное дело", "гончарнае дело"],
  ["Филимоновская свистулька", "филимоновская свистюлька"],
];

/** The distinct planted phrases, in order: phrase k titles the planted materials 2k and 2k + 1. */
export const plantedTitles: string[] = [...new Set(plantedPhrases.map(([phrase]) => phrase))];
export const plantedPerPhrase = 2;
export const distractorsPerPhrase = 50;

export function plantedIds(seed: number, phrase: string): string[] {
  const k = plantedTitles.indexOf(phrase);
  return Array.from({ length: plantedPerPhrase }, (_, j) => seededUuid(seed, k * plantedPerPhrase + j, 2));
}

export type CorpusUser = { id: string; name: string; organizationId: string | null };
export type CorpusCommunity = { id: string; members: boolean };

export type CorpusRow = {
  id: string;
  kind: MaterialKind;
  title: string;
  abstract: string;
  body: string;
  subjects: string[];
  levels: string[];
  themes: string[];
  tags: string[];
  licence: MaterialLicence;
  organizationId: string | null;
  communityId: string | null;
  owner: CorpusUser;
  coAuthor: CorpusUser | null;
  status: MaterialStatus;
  createdAt: Date;
  publishedAt: Date | null;
  viewCount: number;
  downloadCount: number;
  ratingCount: number;
  ratingSum: number;
};

const DAY = 86_400_000;
const otherStatuses: MaterialStatus[] = ["draft", "draft", "submitted", "under_review", "returned", "unpublished"];
const plantedLeads: [MaterialKind, (p: string) => string][] = [
  ["lesson_plan", (p) => `Конспект урока «${p}»`],
  ["methodological_development", (p) => `Методическая разработка «${p}»`],
];

/**
 * The corpus's rows, `count` of them in all, row `i` the same for a seed whatever the batch: the
 * planted materials first (public, published, outside communities), then the background ones.
 */
export class Corpus {
  readonly templates: DemoMaterial[] = demoMaterials();
  private readonly topics = demoTopics.map((t) => t.topic);
  /** For each background row that names a planted phrase: the phrase's index, and whether in the abstract. */
  private readonly distractors = new Map<number, { phrase: number; abstract: boolean }>();

  constructor(
    readonly seed: number,
    readonly count: number,
    private readonly users: CorpusUser[],
    private readonly communities: CorpusCommunity[],
    private readonly anchorMs: number,
  ) {
    const planted = plantedTitles.length * plantedPerPhrase;
    const r = randomFor(seed, 0, 3);
    plantedTitles.forEach((_, phrase) => {
      for (let j = 0; j < distractorsPerPhrase; j++) {
        const i = planted + Math.floor(r() * (count - planted));
        this.distractors.set(i, { phrase, abstract: j < 5 });
      }
    });
  }

  row(i: number): CorpusRow {
    const seed = this.seed;
    const r = randomFor(seed, i, 1);
    const plantedCount = plantedTitles.length * plantedPerPhrase;
    const planted = i < plantedCount;
    const template = planted ? pick(r, this.templates) : this.templates[Math.floor(r() * this.templates.length)]!;
    const owner = zipf(r, this.users);
    const coAuthor = r() < 0.2 ? pick(r, this.users) : null;
    const community = planted || r() < 0.45 ? null : zipf(r, this.communities);

    let title: string;
    let kind = template.kind;
    let abstract = template.abstract;
    let body = template.body;
    const extra = Array.from({ length: 1 + Math.floor(r() * 3) }, () => filler(r));
    if (planted) {
      const phrase = plantedTitles[Math.floor(i / plantedPerPhrase)]!;
      const [plantedKind, titleOf] = plantedLeads[i % plantedPerPhrase]!;
      kind = plantedKind;
      title = titleOf(phrase);
      abstract = `Материал по теме «${phrase}»: ${filler(r).toLowerCase()} ${filler(r)}`;
      body = `## О материале\nТема «${phrase}». ${extra.join(" ")}\n\n${template.body}`;
    } else {
      title = r() < 0.4 ? `${template.title}: ${pick(r, aspects)}` : template.title;
      const named = this.distractors.get(i);
      if (named && named.abstract) abstract = `${abstract} Продолжение темы «${plantedTitles[named.phrase]}».`;
      const cross = r() < 0.3 ? ` Связанная тема: «${pick(r, this.topics)}».` : "";
      const seeAlso = named && !named.abstract ? ` Смотрите также материалы по теме «${plantedTitles[named.phrase]}».` : "";
      body = `${body}\n${extra.join(" ")}${cross}${seeAlso}\n`;
    }

    const status: MaterialStatus = planted || r() < 0.95 ? "published" : pick(r, otherStatuses);
    const createdAt = new Date(this.anchorMs - (20 + r() * 1_000) * DAY);
    const publishedAt = status === "published" || status === "unpublished" ? new Date(createdAt.getTime() + (1 + r() * 14) * DAY) : null;
    const popularity = r() ** 3;
    const viewCount = publishedAt ? Math.floor(popularity * 5_000) : 0;
    const ratingCount = publishedAt ? Math.floor(r() * 10 * popularity) : 0;
    return {
      id: planted ? seededUuid(seed, i, 2) : seededUuid(seed, i, 4),
      kind,
      title,
      abstract,
      body,
      subjects: template.subjects,
      levels: template.levels,
      themes: template.themes,
      tags: r() < 0.3 ? [...template.tags, pick(r, aspects)] : template.tags,
      licence: pick(r, materialLicences),
      organizationId: owner.organizationId,
      communityId: community?.id ?? null,
      owner,
      coAuthor: coAuthor && coAuthor.id !== owner.id ? coAuthor : null,
      status,
      createdAt,
      publishedAt,
      viewCount,
      downloadCount: Math.floor(viewCount * r() * 0.3),
      ratingCount,
      ratingSum: ratingCount === 0 ? 0 : ratingCount * 3 + Math.floor(r() * ratingCount * 2),
    };
  }
}

export type QueryClass = "selective" | "common" | "typo";

const commonQueries = ["урок", "уроки", "материалы", "материал", "работа", "задания", "программа", "методическая разработка", "презентация", "проект", "дети", "оценивание", "игра", "конспект урока", "развитие"];

/**
 * The benchmark-3 mix, `n` queries: 70 % selective (a demo topic's tag or two words of its title, a
 * planted phrase in another form, an aspect with a tag), 20 % common words, 10 % typos (one letter of
 * a long word changed).
 */
export function queryMix(seed: number, n: number): { q: string; cls: QueryClass }[] {
  const r = randomFor(seed, 0, 5);
  const templates = demoMaterials();
  const tags = [...new Set(templates.flatMap((m) => m.tags))];
  const topicWords = demoTopics.map((t) => t.topic.replace(/[«»:,.()—]/g, " ").split(/\s+/).filter((w) => w.length > 3));
  const longWords = [...new Set(tags.flatMap((t) => t.split(/[\s-]+/)).filter((w) => w.length >= 8 && /^[а-яё]+$/i.test(w)))];
  const vowels = "аеиоуыя";
  const out: { q: string; cls: QueryClass }[] = [];
  for (let k = 0; k < n; k++) {
    const x = k % 10;
    if (x < 7) {
      const kind = r();
      let q: string;
      if (kind < 0.35) q = pick(r, tags);
      else if (kind < 0.65) {
        const words = pick(r, topicWords.filter((w) => w.length >= 2));
        const start = Math.floor(r() * (words.length - 1));
        q = words.slice(start, start + 2).join(" ");
      } else if (kind < 0.85) q = pick(r, plantedPhrases.slice(0, -10))[1];
      else q = `${pick(r, tags)} ${pick(r, ["конспект", "презентация", "проверочная работа", "для 5 класса", "игра"])}`;
      out.push({ q, cls: "selective" });
    } else if (x < 9) out.push({ q: pick(r, commonQueries), cls: "common" });
    else {
      const word = pick(r, longWords).toLowerCase();
      const positions = [...word].map((c, j) => (j > 1 && j < word.length - 3 && vowels.includes(c) ? j : -1)).filter((j) => j >= 0);
      const j = positions.length > 0 ? pick(r, positions) : 2;
      const swap = [...vowels].filter((v) => v !== word[j]);
      out.push({ q: `${word.slice(0, j)}${pick(r, swap)}${word.slice(j + 1)}`, cls: "typo" });
    }
  }
  return out;
}
