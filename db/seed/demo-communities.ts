import type { CommunityKind, CommunityService, CommunityType, PlanItemStatus, PriorityTheme } from "@/lib/reference/communities";
import { communityServices } from "@/lib/reference/communities";
import type { Subject } from "@/lib/reference/subjects";
import type { DemoOrganizationKey } from "./demo-data";

// The communities of the demo centre (МБУ «ИМЦ», г. Обнинск): plain data, turned into rows by
// seed-communities.ts. Days are counted back from the day of seeding, so the demo stays current.
// Facts other code relies on (slugs, logins, who is a member where) are listed in the helper brief;
// teacher@ must stay outside functional-literacy, young-teachers and stem-innovation (and their
// organizations too), and a member of mathematics-mo.

export type DemoPlanItem = {
  title: string;
  description: string;
  /** Days from today to the first day: negative in the past. */
  starts: number;
  days: number;
  status: PlanItemStatus;
  responsible: string;
  link?: string;
};

export type DemoAnnouncement = { title: string; body: string; daysAgo: number; author: string };

export type DemoMembershipHistory = {
  email: string;
  status: "rejected" | "withdrawn" | "left" | "removed";
  message?: string;
  reason?: string;
};

export type DemoCommunity = {
  slug: string;
  name: string;
  description: string;
  goal: string;
  tasks: string;
  type: CommunityType;
  kind: CommunityKind;
  subjects: Subject[];
  themes: PriorityTheme[];
  municipality?: string;
  visibility: "public" | "members";
  joinPolicy: "open" | "approval" | "invitation";
  services: CommunityService[];
  parent?: string;
  /** "112-о": the creation order of the centre, issued a few days before the community was opened. */
  creationOrder: string;
  /** Only for a community older than the platform; otherwise a few days before createdDaysAgo. */
  creationOrderDate?: string;
  createdDaysAgo: number;
  leader: string;
  leaderOrder: string;
  moderators: string[];
  members: string[];
  /** Organizations that joined as members, through their representative. */
  organizations?: DemoOrganizationKey[];
  requests?: { email: string; message: string; daysAgo: number }[];
  invitations?: { email: string; daysAgo: number }[];
  history?: DemoMembershipHistory[];
  followers?: string[];
  plan: DemoPlanItem[];
  announcements: DemoAnnouncement[];
  liquidation?: { order: string; daysAgo: number };
};

const all = [...communityServices];
const admin = "admin@metodset.demo";
const leader = "leader@metodset.demo";
const moderator = "moderator@metodset.demo";
const teacher = "teacher@metodset.demo";
const expert = "expert@metodset.demo";
const metodist = "metodist@metodset.demo";

/** Staff an administrator named to act for their organization. */
export const demoRepresentatives: { organization: DemoOrganizationKey; email: string }[] = [
  { organization: "school7", email: "l.egorova@metodset.demo" },
  { organization: "gymnasium1", email: "m.orlov@metodset.demo" },
  { organization: "school3", email: "d.volkov@metodset.demo" },
  { organization: "kindergarten12", email: "n.kovaleva@metodset.demo" },
  { organization: "kindergarten5", email: "v.bogdanova@metodset.demo" },
  { organization: "college", email: "i.guseva@metodset.demo" },
  { organization: "ddt", email: "a.medvedeva@metodset.demo" },
];

/** Organization channels (the centre's own news) and who follows them. */
export const demoOrganizationChannels: { organization: DemoOrganizationKey; followers: string[]; announcements: DemoAnnouncement[] }[] = [
  {
    organization: "imc",
    followers: [teacher, leader, moderator, "m.fedorova@metodset.demo", "n.kovaleva@metodset.demo", "o.pavlova@metodset.demo", "v.kim@metodset.demo"],
    announcements: [
      {
        title: "Приём заявок на муниципальный конкурс «Педагог года — 2027»",
        body: "Информационно-методический центр принимает заявки на муниципальный этап конкурса профессионального мастерства «Педагог года — 2027» до 15 декабря. Номинации: «Учитель», «Воспитатель», «Педагог дополнительного образования», «Молодой педагог». Положение о конкурсе и форма заявки — у методистов ИМЦ, консультации по вторникам с 15:00 до 17:00 (ул. Шацкого, 9, каб. 12).",
        daysAgo: 9,
        author: metodist,
      },
      {
        title: "График курсов повышения квалификации на второе полугодие",
        body: "Опубликован график курсов повышения квалификации на январь — май. Приоритет — программы по функциональной грамотности, работе с детьми с ОВЗ и цифровой образовательной среде. Записаться можно через заместителя директора по УВР своей организации до 20 декабря.",
        daysAgo: 24,
        author: admin,
      },
    ],
  },
];

export const demoCommunities: DemoCommunity[] = [
  {
    slug: "functional-literacy",
    name: "Лаборатория функциональной грамотности",
    description:
      "Творческая лаборатория педагогов школ города, которые разрабатывают и апробируют задания на формирование функциональной грамотности обучающихся 5–9 классов: читательской, математической, естественнонаучной, финансовой, глобальных компетенций и креативного мышления.",
    goal: "Повысить уровень функциональной грамотности обучающихся школ г. Обнинска через создание и апробацию муниципального банка заданий и обмен практиками.",
    tasks:
      "1. Создать муниципальный банк заданий по шести направлениям функциональной грамотности.\n2. Провести серию открытых уроков и мастер-классов для педагогов города.\n3. Организовать диагностику функциональной грамотности в 8-х классах и обсудить её результаты.\n4. Обобщить опыт участников в методическом сборнике.",
    type: "supra_subject",
    kind: "creative_laboratory",
    subjects: ["russian", "mathematics", "physics", "biology", "social_studies"],
    themes: ["functional_literacy", "assessment_quality"],
    visibility: "public",
    joinPolicy: "approval",
    services: all,
    creationOrder: "112-о",
    createdDaysAgo: 410,
    leader,
    leaderOrder: "113-о",
    moderators: [moderator],
    members: [
      expert,
      "o.pavlova@metodset.demo",
      "s.nikolaev@metodset.demo",
      "m.fedorova@metodset.demo",
      "s.kozlova@metodset.demo",
      "m.orlov@metodset.demo",
      "yu.zaytseva@metodset.demo",
      "e.zhukova@metodset.demo",
      "t.sharipov@metodset.demo",
      "a.belov@metodset.demo",
      "g.tikhonova@metodset.demo",
      "r.kiselev@metodset.demo",
    ],
    organizations: ["school7", "gymnasium1"],
    requests: [
      {
        email: "p.grigoriev@metodset.demo",
        message: "Здравствуйте! Хочу включать в уроки физики задания на естественнонаучную грамотность и поделиться подборкой опытов из подручных материалов.",
        daysAgo: 2,
      },
    ],
    history: [
      { email: "e.vinogradova@metodset.demo", status: "left" },
      { email: "i.melnikov@metodset.demo", status: "removed", reason: "Размещение рекламы платных курсов в объявлениях и обсуждениях сообщества." },
    ],
    followers: ["v.kim@metodset.demo", "d.pak@metodset.demo", "k.solovyev@metodset.demo", metodist],
    plan: [
      {
        title: "Стартовое заседание лаборатории",
        description: "Утверждение плана работы на учебный год, распределение направлений между участниками.",
        starts: -80,
        days: 1,
        status: "done",
        responsible: leader,
      },
      {
        title: "Диагностика функциональной грамотности в 8-х классах",
        description: "Проведение диагностической работы на платформе РЭШ и обсуждение результатов на заседании.",
        starts: -45,
        days: 14,
        status: "done",
        responsible: moderator,
        link: "https://fg.resh.edu.ru",
      },
      {
        title: "Муниципальный банк заданий: математическая и естественнонаучная грамотность",
        description: "Каждый участник готовит не менее трёх заданий в формате PISA с критериями оценивания.",
        starts: -20,
        days: 60,
        status: "in_progress",
        responsible: moderator,
      },
      {
        title: "Серия открытых уроков «Читаем, считаем, рассуждаем»",
        description: "Открытые уроки в гимназии № 1 и школе № 7 с последующим разбором.",
        starts: -6,
        days: 30,
        status: "in_progress",
        responsible: expert,
      },
      {
        title: "Городской семинар «Финансовая грамотность на уроках математики и обществознания»",
        description: "Выступления участников лаборатории, мастер-классы для педагогов города.",
        starts: 25,
        days: 1,
        status: "planned",
        responsible: "m.orlov@metodset.demo",
      },
      {
        title: "Методический сборник по итогам года",
        description: "Отбор, редактирование и публикация лучших заданий и сценариев уроков.",
        starts: 150,
        days: 30,
        status: "planned",
        responsible: leader,
      },
      {
        title: "Выездной семинар в лицее № 130 (г. Екатеринбург)",
        description: "Перенесён в онлайн-формат из-за изменения графика партнёров.",
        starts: -30,
        days: 2,
        status: "cancelled",
        responsible: "e.zhukova@metodset.demo",
      },
    ],
    announcements: [
      {
        title: "Открываем новый учебный год лаборатории",
        body: "Коллеги, приглашаем на стартовое заседание лаборатории в четверг в 15:30 в МБУ «ИМЦ» (ул. Шацкого, 9, актовый зал). Обсудим план работы, распределим направления функциональной грамотности и договоримся о графике открытых уроков. Возможно подключение по ссылке, которую пришлём накануне.",
        daysAgo: 82,
        author: leader,
      },
      {
        title: "Итоги диагностики в 8-х классах",
        body: "Диагностику функциональной грамотности прошли 412 восьмиклассников из девяти школ города. Наиболее высокие результаты — по читательской грамотности, наиболее низкие — по заданиям на интерпретацию данных и финансовую грамотность. Подробный разбор — на заседании лаборатории, таблицы результатов по школам выложены в материалах сообщества.",
        daysAgo: 28,
        author: moderator,
      },
      {
        title: "Сбор заданий в муниципальный банк",
        body: "Напоминаем: до конца месяца каждый участник присылает не менее трёх заданий по математической или естественнонаучной грамотности. Шаблон оформления и критерии оценивания — в плане деятельности. Задания пройдут экспертизу у Белова А. С. и Морозовой Е. А.",
        daysAgo: 15,
        author: moderator,
      },
      {
        title: "Открытый урок в гимназии № 1",
        body: "Морозова Елена Александровна проводит открытый урок литературы «Читаем инфографику: как устроен текст с данными» в 7 «А» классе гимназии № 1. Начало в 10:10, после урока — обсуждение в кабинете 214. Просим заранее сообщить о своём участии.",
        daysAgo: 6,
        author: leader,
      },
      {
        title: "Семинар по финансовой грамотности: приём тем выступлений",
        body: "Готовимся к городскому семинару «Финансовая грамотность на уроках математики и обществознания». Если вы готовы поделиться опытом (10–15 минут), напишите тему выступления модератору сообщества до пятницы.",
        daysAgo: 1,
        author: leader,
      },
    ],
  },
  {
    slug: "functional-literacy-reading",
    name: "Читательская грамотность",
    description: "Проблемная группа лаборатории: приёмы смыслового чтения на уроках всех предметов, работа со сплошными и несплошными текстами.",
    goal: "Разработать систему заданий на смысловое чтение для 5–9 классов и проверить её на уроках разных предметов.",
    tasks: "Отобрать тексты для заданий; разработать задания трёх уровней сложности; провести взаимопосещение уроков.",
    type: "mono_subject",
    kind: "problem_group",
    subjects: ["russian", "literature"],
    themes: ["functional_literacy"],
    visibility: "public",
    joinPolicy: "approval",
    services: ["announcements", "forum", "materials", "events"],
    parent: "functional-literacy",
    creationOrder: "131-о",
    createdDaysAgo: 380,
    leader: expert,
    leaderOrder: "131-о",
    moderators: ["e.zhukova@metodset.demo"],
    members: ["o.pavlova@metodset.demo", "s.kozlova@metodset.demo", "m.fedorova@metodset.demo"],
    plan: [
      {
        title: "Подборка несплошных текстов для 5–6 классов",
        description: "Таблицы, схемы, инфографика из учебников и открытых источников.",
        starts: -60,
        days: 30,
        status: "done",
        responsible: "e.zhukova@metodset.demo",
      },
      {
        title: "Взаимопосещение уроков",
        description: "Каждый участник посещает два урока коллег и заполняет лист наблюдения.",
        starts: 10,
        days: 40,
        status: "planned",
        responsible: expert,
      },
    ],
    announcements: [
      {
        title: "Шаблон листа наблюдения урока",
        body: "Выложили шаблон листа наблюдения для взаимопосещений: пять критериев смыслового чтения и место для комментариев. Просьба использовать его, чтобы результаты можно было сопоставить.",
        daysAgo: 12,
        author: expert,
      },
    ],
  },
  {
    slug: "functional-literacy-reading-primary",
    name: "Смысловое чтение в начальной школе",
    description: "Группа учителей начальных классов внутри направления «Читательская грамотность».",
    goal: "Подготовить комплект заданий на смысловое чтение для 2–4 классов.",
    tasks: "Разработать задания к текстам из «Литературного чтения»; апробировать их в параллели 3-х классов.",
    type: "mono_subject",
    kind: "problem_group",
    subjects: ["primary"],
    themes: ["functional_literacy", "updated_fgos"],
    visibility: "public",
    joinPolicy: "open",
    services: ["announcements", "materials"],
    parent: "functional-literacy-reading",
    creationOrder: "18-о",
    createdDaysAgo: 300,
    leader: "m.fedorova@metodset.demo",
    leaderOrder: "18-о",
    moderators: [],
    members: ["v.kim@metodset.demo"],
    plan: [
      {
        title: "Апробация заданий в 3-х классах",
        description: "Школы № 7 и № 64 (г. Владивосток), сравнение результатов.",
        starts: -10,
        days: 45,
        status: "in_progress",
        responsible: "m.fedorova@metodset.demo",
      },
    ],
    announcements: [],
  },
  {
    slug: "functional-literacy-math",
    name: "Математическая грамотность",
    description: "Педагогическая мастерская лаборатории: задачи с практическим содержанием, работа с реальными данными, финансовая математика.",
    goal: "Создать банк практико-ориентированных задач по математике для 5–9 классов.",
    tasks: "Разработать задачи в формате PISA; провести мастер-классы для учителей математики города.",
    type: "mono_subject",
    kind: "pedagogical_workshop",
    subjects: ["mathematics"],
    themes: ["functional_literacy", "assessment_quality"],
    visibility: "public",
    joinPolicy: "approval",
    services: ["announcements", "forum", "materials", "consultations"],
    parent: "functional-literacy",
    creationOrder: "132-о",
    createdDaysAgo: 378,
    leader: "a.belov@metodset.demo",
    leaderOrder: "132-о",
    moderators: [moderator],
    members: ["t.sharipov@metodset.demo", "s.nikolaev@metodset.demo"],
    plan: [
      {
        title: "Мастер-класс «Задачи про тарифы и кредиты»",
        description: "Для учителей математики 7–9 классов.",
        starts: 14,
        days: 1,
        status: "planned",
        responsible: moderator,
      },
    ],
    announcements: [
      {
        title: "Мастер-класс по финансовой математике",
        body: "Титов Алексей Игоревич проведёт мастер-класс «Задачи про тарифы и кредиты»: разберём, как составить задачу на реальных данных и как оценивать развёрнутые ответы. Ждём учителей математики 7–9 классов.",
        daysAgo: 4,
        author: "a.belov@metodset.demo",
      },
    ],
  },
  {
    slug: "young-teachers",
    name: "Клуб молодых педагогов",
    description: "Сетевое сообщество педагогов со стажем до трёх лет и их наставников: вопросы без стеснения, разбор трудных ситуаций, поддержка в первые годы работы.",
    goal: "Поддержать молодых педагогов города в профессиональной адаптации и снизить их отток из профессии.",
    tasks: "Организовать наставничество; проводить ежемесячные встречи клуба; подготовить участников к конкурсу «Педагог года» в номинации «Молодой педагог».",
    type: "multi_subject",
    kind: "network_community",
    subjects: ["mathematics", "russian", "primary", "preschool", "psychology"],
    themes: ["early_career_teachers", "upbringing"],
    visibility: "members",
    joinPolicy: "approval",
    services: ["announcements", "forum", "chat", "events", "consultations"],
    creationOrder: "140-о",
    createdDaysAgo: 360,
    leader,
    leaderOrder: "140-о",
    moderators: ["d.romanova@metodset.demo"],
    members: ["e.vinogradova@metodset.demo", "a.makarova@metodset.demo", "k.andreeva@metodset.demo", "p.alekseeva@metodset.demo", "d.pak@metodset.demo", "m.popova@metodset.demo"],
    requests: [{ email: "t.sharipov@metodset.demo", message: "Работаю второй год, хотел бы найти наставника и участвовать во встречах клуба онлайн.", daysAgo: 5 }],
    history: [{ email: "r.kiselev@metodset.demo", status: "rejected", message: "Хочу вступить.", reason: "Клуб объединяет педагогов со стажем до трёх лет; приглашаем вас в качестве наставника — напишите руководителю." }],
    plan: [
      {
        title: "Встреча клуба «Первая родительская встреча: как не бояться»",
        description: "Разбор сценария, ролевая игра с наставниками.",
        starts: -35,
        days: 1,
        status: "done",
        responsible: "d.romanova@metodset.demo",
      },
      {
        title: "Школа наставничества",
        description: "Пары «наставник — молодой педагог», ежемесячные консультации.",
        starts: -50,
        days: 200,
        status: "in_progress",
        responsible: leader,
      },
      {
        title: "Подготовка к конкурсу «Педагог года» в номинации «Молодой педагог»",
        description: "Пробные занятия и разбор конкурсных испытаний.",
        starts: 40,
        days: 60,
        status: "planned",
        responsible: leader,
      },
    ],
    announcements: [
      {
        title: "Встреча клуба: первая родительская встреча",
        body: "В среду в 16:00 в ДДТ встречаемся, чтобы разобрать сценарий первого родительского собрания. Приносите свои вопросы — ответят наставники с опытом классного руководства больше 15 лет.",
        daysAgo: 37,
        author: leader,
      },
      {
        title: "Пары наставничества сформированы",
        body: "Список пар «наставник — молодой педагог» опубликован в плане деятельности. Первая встреча с наставником — в течение двух недель, в удобное обоим время.",
        daysAgo: 20,
        author: leader,
      },
      {
        title: "Консультация педагога-психолога",
        body: "Романова Дарья Игоревна проводит консультацию «Профилактика профессионального выгорания в первые годы работы» в четверг в 17:00, онлайн. Ссылка — в чате клуба.",
        daysAgo: 3,
        author: "d.romanova@metodset.demo",
      },
    ],
  },
  {
    slug: "mathematics-mo",
    name: "Городское методическое объединение учителей математики",
    description: "Объединение учителей математики школ г. Обнинска: подготовка к ГИА, олимпиадная математика, обмен рабочими программами.",
    goal: "Обеспечить методическое сопровождение учителей математики и повысить качество математического образования в городе.",
    tasks: "Анализ результатов ОГЭ и ЕГЭ; подготовка к муниципальному этапу олимпиады; обмен опытом по обновлённым ФГОС.",
    type: "mono_subject",
    kind: "methodological_association",
    subjects: ["mathematics"],
    themes: ["assessment_quality", "gifted_children", "updated_fgos"],
    visibility: "public",
    joinPolicy: "open",
    services: ["announcements", "forum", "events", "materials"],
    creationOrder: "115-о",
    createdDaysAgo: 405,
    leader: "a.belov@metodset.demo",
    leaderOrder: "115-о",
    moderators: ["t.sharipov@metodset.demo"],
    members: [teacher, moderator, "s.nikolaev@metodset.demo", "r.kiselev@metodset.demo"],
    organizations: ["school3"],
    followers: ["o.pavlova@metodset.demo", "d.volkov@metodset.demo"],
    plan: [
      {
        title: "Анализ результатов ОГЭ по математике",
        description: "Типичные ошибки, задания с наименьшим процентом выполнения.",
        starts: -70,
        days: 1,
        status: "done",
        responsible: "a.belov@metodset.demo",
      },
      {
        title: "Муниципальный этап всероссийской олимпиады школьников по математике",
        description: "Проверка работ, апелляции, разбор заданий.",
        starts: 5,
        days: 10,
        status: "planned",
        responsible: "t.sharipov@metodset.demo",
      },
    ],
    announcements: [
      {
        title: "Анализ результатов ОГЭ: презентация",
        body: "Презентация с анализом результатов ОГЭ по математике выложена в материалах объединения. Обратите внимание на задания 20–25: процент выполнения ниже среднего по области.",
        daysAgo: 68,
        author: "a.belov@metodset.demo",
      },
      {
        title: "Проверка олимпиадных работ",
        body: "Муниципальный этап олимпиады по математике: проверка работ в субботу с 10:00 в лицее № 2. Нужны шесть проверяющих — отметьтесь, пожалуйста, в обсуждении.",
        daysAgo: 7,
        author: "t.sharipov@metodset.demo",
      },
    ],
  },
  {
    slug: "stem-innovation",
    name: "Инновационная площадка «STEM-образование в школе»",
    description: "Муниципальная инновационная площадка школ и организаций дополнительного образования: интеграция естественных наук, технологии, инженерии и математики.",
    goal: "Апробировать модель интегрированных STEM-проектов для 5–8 классов на базе школ и центров дополнительного образования.",
    tasks: "Разработать пять межпредметных проектов; оснастить лаборатории; провести городской фестиваль проектов.",
    type: "multi_subject",
    kind: "innovation_platform",
    subjects: ["physics", "mathematics", "informatics", "technology", "biology"],
    themes: ["project_research", "digital_environment", "gifted_children"],
    visibility: "public",
    joinPolicy: "invitation",
    services: ["announcements", "materials", "events", "gallery"],
    creationOrder: "146-о",
    createdDaysAgo: 200,
    leader: "k.solovyev@metodset.demo",
    leaderOrder: "146-о",
    moderators: ["p.grigoriev@metodset.demo"],
    members: ["s.nikolaev@metodset.demo", "a.medvedeva@metodset.demo"],
    organizations: ["ddt"],
    invitations: [{ email: "yu.zaytseva@metodset.demo", daysAgo: 3 }],
    plan: [
      {
        title: "Городской фестиваль STEM-проектов",
        description: "Защита проектов команд 5–8 классов, выставка моделей.",
        starts: 90,
        days: 2,
        status: "planned",
        responsible: "k.solovyev@metodset.demo",
      },
      {
        title: "Проект «Умная теплица»",
        description: "Биология, информатика и технология: датчики влажности и автоматический полив.",
        starts: -40,
        days: 90,
        status: "in_progress",
        responsible: "p.grigoriev@metodset.demo",
      },
    ],
    announcements: [
      {
        title: "Положение о фестивале STEM-проектов",
        body: "Опубликовано положение о городском фестивале STEM-проектов. Заявки команд принимаются до 1 марта, защита — в ДДТ. Консультации по оформлению проектов — по средам.",
        daysAgo: 11,
        author: "k.solovyev@metodset.demo",
      },
    ],
  },
  {
    slug: "archive-fgos-2021",
    name: "Рабочая группа по введению обновлённых ФГОС НОО и ООО",
    description: "Рабочая группа 2021–2025 годов: сопровождение перехода школ города на обновлённые федеральные государственные образовательные стандарты.",
    goal: "Обеспечить методическую готовность школ к введению обновлённых ФГОС начального и основного общего образования.",
    tasks: "Разработка рабочих программ по конструктору; семинары для заместителей директоров; мониторинг готовности школ.",
    type: "supra_subject",
    kind: "problem_group",
    subjects: ["school_management", "primary"],
    themes: ["updated_fgos"],
    visibility: "public",
    joinPolicy: "approval",
    services: ["announcements", "materials"],
    creationOrder: "64-о",
    creationOrderDate: "2021-08-27",
    createdDaysAgo: 360,
    leader: "o.pavlova@metodset.demo",
    leaderOrder: "64-о",
    moderators: [],
    members: [metodist, "l.egorova@metodset.demo", "m.fedorova@metodset.demo"],
    plan: [
      {
        title: "Итоговый мониторинг готовности школ",
        description: "Анкетирование заместителей директоров, итоговая справка.",
        starts: -300,
        days: 30,
        status: "done",
        responsible: "o.pavlova@metodset.demo",
      },
    ],
    announcements: [
      {
        title: "Итоги работы группы",
        body: "Все школы города перешли на обновлённые ФГОС НОО и ООО. Итоговая справка и сборник рабочих программ остаются в архиве сообщества. Спасибо всем участникам рабочей группы!",
        daysAgo: 215,
        author: "o.pavlova@metodset.demo",
      },
    ],
    liquidation: { order: "97-о", daysAgo: 200 },
  },
  {
    slug: "preschool-speech",
    name: "Методическая площадка «Речевое развитие дошкольников»",
    description: "Площадка детских садов города по развитию речи: логопедические игры, работа с родителями, ранняя профилактика нарушений речи.",
    goal: "Распространить эффективные практики речевого развития детей дошкольного возраста.",
    tasks: "Провести цикл открытых занятий; подготовить картотеку речевых игр; организовать консультации для родителей.",
    type: "mono_subject",
    kind: "methodological_platform",
    subjects: ["preschool", "special_education"],
    themes: ["inclusive_education", "health_saving"],
    visibility: "public",
    joinPolicy: "approval",
    services: ["announcements", "events", "materials", "consultations", "gallery"],
    creationOrder: "150-о",
    createdDaysAgo: 330,
    leader: "n.lebedeva@metodset.demo",
    leaderOrder: "150-о",
    moderators: ["v.bogdanova@metodset.demo"],
    members: ["v.stepanova@metodset.demo", "a.makarova@metodset.demo", "n.kovaleva@metodset.demo"],
    organizations: ["kindergarten12", "kindergarten5"],
    requests: [{ email: "k.andreeva@metodset.demo", message: "Работаю в средней группе, хочу освоить речевые игры и поделиться сенсорными.", daysAgo: 1 }],
    plan: [
      {
        title: "Картотека речевых игр",
        description: "Сбор и оформление игр по возрастным группам.",
        starts: -30,
        days: 60,
        status: "in_progress",
        responsible: "v.bogdanova@metodset.demo",
      },
      {
        title: "Открытое занятие в детском саду № 12",
        description: "Занятие по развитию связной речи в старшей группе.",
        starts: 12,
        days: 1,
        status: "planned",
        responsible: "n.lebedeva@metodset.demo",
      },
    ],
    announcements: [
      {
        title: "Открытое занятие по развитию связной речи",
        body: "Приглашаем воспитателей на открытое занятие в старшей группе детского сада № 12 «Солнышко». Тема — «Составляем рассказ по серии картинок». После занятия — обсуждение и консультация учителя-логопеда.",
        daysAgo: 8,
        author: "n.lebedeva@metodset.demo",
      },
    ],
  },
  {
    slug: "inclusive-education",
    name: "Проблемная группа «Инклюзивное образование»",
    description: "Педагоги-психологи, логопеды и учителя, сопровождающие детей с ОВЗ в общеобразовательных школах и детских садах.",
    goal: "Выработать единые подходы к сопровождению обучающихся с ОВЗ в организациях города.",
    tasks: "Разработать памятки для учителей; провести супервизии трудных случаев; наладить взаимодействие с ППМС-центром.",
    type: "supra_subject",
    kind: "problem_group",
    subjects: ["special_education", "psychology"],
    themes: ["inclusive_education"],
    visibility: "public",
    joinPolicy: "approval",
    services: ["announcements", "forum", "consultations"],
    creationOrder: "152-о",
    createdDaysAgo: 180,
    leader: "a.vasilyeva@metodset.demo",
    leaderOrder: "152-о",
    moderators: [],
    members: ["v.bogdanova@metodset.demo", "d.romanova@metodset.demo", "m.fedorova@metodset.demo"],
    history: [{ email: "o.pavlova@metodset.demo", status: "withdrawn", message: "Прошу включить меня в группу." }],
    plan: [
      {
        title: "Памятка «Ребёнок с ОВЗ на уроке»",
        description: "Краткие рекомендации для учителей-предметников.",
        starts: -15,
        days: 30,
        status: "in_progress",
        responsible: "a.vasilyeva@metodset.demo",
      },
    ],
    announcements: [
      {
        title: "Супервизия трудных случаев",
        body: "Следующая супервизия — во вторник в 16:00 в ППМС-центре «Доверие». Случаи для разбора присылайте заранее, без персональных данных обучающихся.",
        daysAgo: 10,
        author: "a.vasilyeva@metodset.demo",
      },
    ],
  },
  {
    slug: "college-internship",
    name: "Стажировочная площадка «Наставничество в педагогической практике»",
    description: "Площадка колледжа и базовых школ для студентов-практикантов и их наставников.",
    goal: "Повысить качество педагогической практики студентов ОСПК в школах и детских садах города.",
    tasks: "Подготовить наставников практики; согласовать программы практики; провести итоговую конференцию.",
    type: "multi_subject",
    kind: "internship_platform",
    subjects: ["primary", "preschool", "informatics"],
    themes: ["early_career_teachers"],
    visibility: "members",
    joinPolicy: "invitation",
    services: ["announcements", "materials", "consultations"],
    creationOrder: "12-о",
    createdDaysAgo: 240,
    leader: "i.guseva@metodset.demo",
    leaderOrder: "12-о",
    moderators: ["r.kiselev@metodset.demo"],
    members: ["m.fedorova@metodset.demo", "v.stepanova@metodset.demo"],
    organizations: ["college"],
    invitations: [{ email: "a.makarova@metodset.demo", daysAgo: 6 }],
    plan: [
      {
        title: "Семинар для наставников практики",
        description: "Требования к дневнику практики и критерии оценивания.",
        starts: 20,
        days: 1,
        status: "planned",
        responsible: "i.guseva@metodset.demo",
      },
    ],
    announcements: [
      {
        title: "Распределение студентов по базовым школам",
        body: "Список студентов 3 курса и базовых школ на зимнюю практику согласован. Наставников просим подтвердить готовность до конца недели.",
        daysAgo: 13,
        author: "i.guseva@metodset.demo",
      },
    ],
  },
  {
    slug: "russian-language-mo",
    name: "Городское методическое объединение учителей русского языка и литературы",
    description: "Объединение учителей словесности: подготовка к итоговому сочинению и ГИА, школьные литературные проекты.",
    goal: "Повысить качество преподавания русского языка и литературы в школах города.",
    tasks: "Анализ итогового сочинения; подготовка к олимпиаде; городской конкурс чтецов.",
    type: "mono_subject",
    kind: "methodological_association",
    subjects: ["russian", "literature"],
    themes: ["assessment_quality", "functional_literacy"],
    visibility: "public",
    joinPolicy: "open",
    services: ["announcements", "forum", "events", "materials"],
    creationOrder: "116-о",
    createdDaysAgo: 404,
    leader: expert,
    leaderOrder: "116-о",
    moderators: ["o.pavlova@metodset.demo"],
    members: [leader, "e.zhukova@metodset.demo", "l.egorova@metodset.demo"],
    followers: [teacher],
    plan: [
      {
        title: "Городской конкурс чтецов «Живая классика»",
        description: "Муниципальный этап, жюри из членов объединения.",
        starts: 60,
        days: 1,
        status: "planned",
        responsible: expert,
      },
    ],
    announcements: [
      {
        title: "Итоговое сочинение: критерии и типичные ошибки",
        body: "На заседании разобрали критерии итогового сочинения и типичные ошибки прошлого года. Памятка для выпускников — в материалах объединения, её можно раздавать на классных часах.",
        daysAgo: 18,
        author: expert,
      },
    ],
  },
  {
    slug: "primary-school-workshop",
    name: "Педагогическая мастерская учителей начальных классов",
    description: "Мастерская для учителей начальных классов: формирующее оценивание, проектная деятельность младших школьников, работа с родителями.",
    goal: "Обмен практиками формирующего оценивания в начальной школе.",
    tasks: "Провести цикл мастер-классов; подготовить банк листов самооценки.",
    type: "mono_subject",
    kind: "pedagogical_workshop",
    subjects: ["primary"],
    themes: ["assessment_quality", "updated_fgos"],
    visibility: "public",
    joinPolicy: "approval",
    services: ["announcements", "events", "materials"],
    creationOrder: "120-о",
    createdDaysAgo: 340,
    leader: "m.fedorova@metodset.demo",
    leaderOrder: "120-о",
    moderators: [metodist],
    members: ["v.kim@metodset.demo"],
    plan: [
      {
        title: "Мастер-класс «Листы самооценки во 2 классе»",
        description: "Практика школы № 7.",
        starts: -25,
        days: 1,
        status: "done",
        responsible: "m.fedorova@metodset.demo",
      },
    ],
    announcements: [
      {
        title: "Мастер-класс по формирующему оцениванию",
        body: "Спасибо всем, кто пришёл на мастер-класс «Листы самооценки во 2 классе». Шаблоны листов и видеозапись — в материалах мастерской.",
        daysAgo: 24,
        author: "m.fedorova@metodset.demo",
      },
    ],
  },
  {
    slug: "digital-school",
    name: "Сетевое сообщество «Цифровая образовательная среда»",
    description: "Учителя информатики и все, кто использует цифровые сервисы на уроках: ФГИС «Моя школа», «Сферум», электронные тренажёры.",
    goal: "Помочь педагогам города освоить инструменты цифровой образовательной среды.",
    tasks: "Консультации по ФГИС «Моя школа»; обзоры цифровых сервисов; конкурс цифровых уроков.",
    type: "multi_subject",
    kind: "network_community",
    subjects: ["informatics", "mathematics", "technology"],
    themes: ["digital_environment"],
    visibility: "public",
    joinPolicy: "open",
    services: ["announcements", "forum", "chat", "materials", "polls"],
    creationOrder: "121-о",
    createdDaysAgo: 350,
    leader: "s.nikolaev@metodset.demo",
    leaderOrder: "121-о",
    moderators: ["r.kiselev@metodset.demo"],
    members: [teacher, "k.solovyev@metodset.demo", "s.kozlova@metodset.demo", "d.pak@metodset.demo", "p.grigoriev@metodset.demo"],
    plan: [
      {
        title: "Вебинар «Сферум для классного руководителя»",
        description: "Создание чатов класса, видеовстречи с родителями.",
        starts: -12,
        days: 1,
        status: "done",
        responsible: "s.nikolaev@metodset.demo",
      },
    ],
    announcements: [
      {
        title: "Запись вебинара о «Сферуме»",
        body: "Запись вебинара «Сферум для классного руководителя» и ответы на вопросы участников — в материалах сообщества.",
        daysAgo: 11,
        author: "s.nikolaev@metodset.demo",
      },
    ],
  },
  {
    slug: "digital-school-robotics",
    name: "Робототехника в школе и дополнительном образовании",
    description: "Творческая лаборатория внутри сообщества «Цифровая образовательная среда»: конструкторы, соревнования, программирование роботов.",
    goal: "Подготовить команды школ города к соревнованиям по робототехнике.",
    tasks: "Общий график тренировок; судейский семинар; муниципальные соревнования.",
    type: "mono_subject",
    kind: "creative_laboratory",
    subjects: ["technology"],
    themes: ["project_research", "gifted_children"],
    visibility: "public",
    joinPolicy: "open",
    services: ["announcements", "gallery", "events"],
    parent: "digital-school",
    creationOrder: "14-о",
    createdDaysAgo: 190,
    leader: "k.solovyev@metodset.demo",
    leaderOrder: "14-о",
    moderators: [],
    members: ["n.yakovlev@metodset.demo", "s.nikolaev@metodset.demo"],
    plan: [
      {
        title: "Муниципальные соревнования по робототехнике",
        description: "Категории: «Траектория», «Сумо», творческий проект.",
        starts: 45,
        days: 1,
        status: "planned",
        responsible: "k.solovyev@metodset.demo",
      },
    ],
    announcements: [],
  },
];
