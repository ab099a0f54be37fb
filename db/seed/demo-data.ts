import type { PlatformRole } from "@/db/schema";
import type { OrganizationKindCode } from "@/lib/reference/organization-kinds";
import type { Subject } from "@/lib/reference/subjects";

// The demo: the methodological centre of a town (Обнинск) with its schools, kindergartens, college and
// additional-education centres, plus two partner schools in other time zones. Plain data only;
// seed-demo.ts turns it into rows. Invented people and organizations.

/** One password for every demo account; strong enough for the registration check (zxcvbn score ≥ 2). */
export const demoPassword = "Metodset-2026!";

/** One account per platform role. */
export const demoRoleLogins = {
  administrator: "admin@metodset.demo",
  methodist: "metodist@metodset.demo",
  expert: "expert@metodset.demo",
  participant: "teacher@metodset.demo",
} as const satisfies Record<PlatformRole, string>;

/** The accounts to show the platform with: one per platform role, plus a community's leader and moderator (both participants). */
export const demoLogins = {
  ...demoRoleLogins,
  leader: "leader@metodset.demo",
  moderator: "moderator@metodset.demo",
} as const;

export type DemoOrganization = {
  name: string;
  shortName: string;
  kind: OrganizationKindCode;
  municipality: string;
  /** "pending": requested by a user at registration and not yet confirmed by an administrator. */
  status?: "pending" | "approved";
  /** E-mail of the user who requested a pending organization. */
  requestedBy?: string;
};

const town = "г. Обнинск";

export const demoOrganizations = {
  imc: {
    name: "Муниципальное бюджетное учреждение «Информационно-методический центр»",
    shortName: "МБУ «ИМЦ»",
    kind: "methodological_centre",
    municipality: town,
  },
  school3: {
    name: "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»",
    shortName: "МАОУ «СОШ № 3»",
    kind: "school",
    municipality: town,
  },
  school7: {
    name: "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7 с углублённым изучением отдельных предметов»",
    shortName: "МБОУ «СОШ № 7»",
    kind: "school",
    municipality: town,
  },
  school11: {
    name: "Муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная школа № 11»",
    shortName: "МБОУ «ООШ № 11»",
    kind: "school",
    municipality: town,
  },
  gymnasium1: {
    name: "Муниципальное автономное общеобразовательное учреждение «Гимназия № 1»",
    shortName: "МАОУ «Гимназия № 1»",
    kind: "school",
    municipality: town,
  },
  lyceum2: {
    name: "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 2»",
    shortName: "МБОУ «Лицей № 2»",
    kind: "school",
    municipality: town,
  },
  kindergarten12: {
    name: "Муниципальное автономное дошкольное образовательное учреждение «Детский сад № 12 «Солнышко»",
    shortName: "МАДОУ «Детский сад № 12 «Солнышко»",
    kind: "kindergarten",
    municipality: town,
  },
  kindergarten5: {
    name: "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад комбинированного вида № 5 «Ромашка»",
    shortName: "МБДОУ «Детский сад № 5 «Ромашка»",
    kind: "kindergarten",
    municipality: town,
  },
  kindergarten21: {
    name: "Муниципальное бюджетное дошкольное образовательное учреждение «Центр развития ребёнка — детский сад № 21 «Радуга»",
    shortName: "МБДОУ «ЦРР — детский сад № 21 «Радуга»",
    kind: "kindergarten",
    municipality: town,
  },
  college: {
    name: "Государственное автономное профессиональное образовательное учреждение «Обнинский социально-педагогический колледж»",
    shortName: "ГАПОУ «ОСПК»",
    kind: "college",
    municipality: town,
  },
  ddt: {
    name: "Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества»",
    shortName: "МБУ ДО «ДДТ»",
    kind: "additional_education",
    municipality: town,
  },
  evrika: {
    name: "Муниципальное бюджетное учреждение дополнительного образования «Центр дополнительного образования «Эврика»",
    shortName: "МБУ ДО «ЦДО «Эврика»",
    kind: "additional_education",
    municipality: town,
  },
  ppms: {
    name: "Автономная некоммерческая организация «Центр психолого-педагогической, медицинской и социальной помощи «Доверие»",
    shortName: "АНО «ППМС-центр «Доверие»",
    kind: "other",
    municipality: town,
  },
  lyceum130: {
    name: "Муниципальное автономное общеобразовательное учреждение «Лицей № 130»",
    shortName: "МАОУ «Лицей № 130»",
    kind: "school",
    municipality: "г. Екатеринбург",
  },
  school64: {
    name: "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 64»",
    shortName: "МБОУ «СОШ № 64»",
    kind: "school",
    municipality: "г. Владивосток",
  },
  krivskaya: {
    name: "МКОУ «Кривская основная общеобразовательная школа»",
    shortName: "",
    kind: "school",
    municipality: "Боровский район",
    status: "pending",
    requestedBy: "o.kalinina@metodset.demo",
  },
} satisfies Record<string, DemoOrganization>;

export type DemoOrganizationKey = keyof typeof demoOrganizations;

export type DemoUser = {
  email: string;
  fullName: string;
  position: string;
  organization: DemoOrganizationKey;
  subjects: Subject[];
  /** Every account has "participant" (registration grants it); staff roles are added by an administrator. */
  roles: PlatformRole[];
  about?: string;
  /** Private contact, never shown to other users. */
  phone?: string;
  /** Default Europe/Moscow. */
  timeZone?: string;
  /** Default "ru". */
  locale?: "ru" | "en";
  /** Default "active". */
  status?: "active" | "blocked" | "pending_approval";
  blockedReason?: string;
  /** Default true. */
  emailVerified?: boolean;
  /** Consent to show the profile to other users; default true. */
  profileVisible?: boolean;
  /** When the account was registered. */
  joinedDaysAgo: number;
  /** 0..1: how often the user signs in (1 ≈ every third day); drives the generated activity. */
  activity: number;
};

export const demoUsers: DemoUser[] = [
  // The centre's staff.
  {
    email: demoLogins.administrator,
    fullName: "Соколова Ирина Владимировна",
    position: "заведующий отделом цифровых образовательных ресурсов",
    organization: "imc",
    subjects: ["school_management"],
    roles: ["participant", "administrator"],
    about: "Администратор платформы «Методсеть». Отвечаю за создание сообществ по приказу ИМЦ, справочник организаций и учётные записи. Пишите, если не получается войти или нужно добавить организацию.",
    phone: "+7 (484) 395-12-40",
    joinedDaysAgo: 425,
    activity: 0.9,
  },
  {
    email: demoLogins.methodist,
    fullName: "Кузнецова Татьяна Николаевна",
    position: "методист по начальному общему образованию",
    organization: "imc",
    subjects: ["primary", "school_management"],
    roles: ["participant", "methodist"],
    about: "Методист ИМЦ, курирую сетевые сообщества учителей начальных классов и воспитателей. Веду мониторинг работы сообществ и готовлю годовые отчёты.",
    joinedDaysAgo: 422,
    activity: 0.8,
  },
  {
    email: "a.belov@metodset.demo",
    fullName: "Белов Андрей Сергеевич",
    position: "старший методист",
    organization: "imc",
    subjects: ["mathematics", "informatics"],
    roles: ["participant", "methodist", "expert"],
    about: "Старший методист ИМЦ по естественно-математическому направлению, эксперт региональной комиссии по проверке заданий ОГЭ по математике.",
    joinedDaysAgo: 420,
    activity: 0.7,
  },
  {
    email: demoLogins.expert,
    fullName: "Морозова Елена Александровна",
    position: "учитель русского языка и литературы",
    organization: "gymnasium1",
    subjects: ["russian", "literature"],
    roles: ["participant", "expert"],
    about: "Учитель высшей квалификационной категории, стаж 24 года. Эксперт предметной комиссии ЕГЭ по литературе, руководитель городского методического объединения учителей русского языка.",
    joinedDaysAgo: 410,
    activity: 0.6,
  },
  {
    email: "n.lebedeva@metodset.demo",
    fullName: "Лебедева Наталья Викторовна",
    position: "старший воспитатель",
    organization: "kindergarten12",
    subjects: ["preschool"],
    roles: ["participant", "expert"],
    about: "Старший воспитатель, эксперт аттестационной комиссии по дошкольному образованию. Интересуюсь ранним развитием речи и проектной деятельностью с дошкольниками.",
    joinedDaysAgo: 400,
    activity: 0.5,
  },

  // Participants who run communities (demo-communities.ts): the leader and the moderator of the laboratory.
  {
    email: demoLogins.leader,
    fullName: "Захарова Светлана Олеговна",
    position: "заместитель директора по научно-методической работе",
    organization: "school7",
    subjects: ["russian", "literature", "school_management"],
    roles: ["participant"],
    about: "Руководитель лаборатории функциональной грамотности и клуба молодых педагогов. Учитель русского языка высшей категории, наставник молодых учителей.",
    joinedDaysAgo: 418,
    activity: 0.8,
  },
  {
    email: demoLogins.moderator,
    fullName: "Титов Алексей Игоревич",
    position: "учитель математики",
    organization: "lyceum2",
    subjects: ["mathematics", "physics"],
    roles: ["participant"],
    about: "Модератор лаборатории функциональной грамотности: собираю банк заданий в формате PISA по математике и естествознанию.",
    joinedDaysAgo: 406,
    activity: 0.7,
  },

  // Participants: the demo teacher first.
  {
    email: demoLogins.participant,
    fullName: "Смирнова Анна Сергеевна",
    position: "учитель математики",
    organization: "school3",
    subjects: ["mathematics"],
    roles: ["participant"],
    about: "Учитель математики первой квалификационной категории, классный руководитель 8 «Б». Интересуюсь формирующим оцениванием и задачами на функциональную грамотность.",
    phone: "+7 (910) 518-44-27",
    joinedDaysAgo: 380,
    activity: 0.85,
  },
  {
    email: "d.volkov@metodset.demo",
    fullName: "Волков Дмитрий Алексеевич",
    position: "директор",
    organization: "school3",
    subjects: ["school_management", "history"],
    roles: ["participant"],
    about: "Директор школы № 3. Наша школа — участник сетевого проекта «Школа Минпросвещения России».",
    joinedDaysAgo: 370,
    activity: 0.3,
  },
  {
    email: "o.pavlova@metodset.demo",
    fullName: "Павлова Ольга Михайловна",
    position: "заместитель директора по УВР",
    organization: "school3",
    subjects: ["school_management", "russian"],
    roles: ["participant"],
    joinedDaysAgo: 365,
    activity: 0.7,
  },
  {
    email: "n.yakovlev@metodset.demo",
    fullName: "Яковлев Николай Фёдорович",
    position: "учитель труда (технологии)",
    organization: "school3",
    subjects: ["technology"],
    roles: ["participant"],
    joinedDaysAgo: 300,
    activity: 0.2,
    profileVisible: false,
  },
  {
    email: "m.popova@metodset.demo",
    fullName: "Попова Мария Константиновна",
    position: "учитель изобразительного искусства",
    organization: "school3",
    subjects: ["art"],
    roles: ["participant"],
    about: "Веду школьную изостудию «Палитра», готовлю ребят к городским конкурсам рисунка.",
    joinedDaysAgo: 240,
    activity: 0.45,
  },
  {
    email: "s.nikolaev@metodset.demo",
    fullName: "Николаев Сергей Петрович",
    position: "учитель информатики",
    organization: "school7",
    subjects: ["informatics"],
    roles: ["participant"],
    about: "Учитель информатики, руководитель школьного IT-куба. Делюсь материалами по программированию на Python для 7–9 классов.",
    joinedDaysAgo: 355,
    activity: 0.65,
  },
  {
    email: "m.fedorova@metodset.demo",
    fullName: "Фёдорова Марина Юрьевна",
    position: "учитель начальных классов",
    organization: "school7",
    subjects: ["primary"],
    roles: ["participant"],
    joinedDaysAgo: 350,
    activity: 0.55,
  },
  {
    email: "l.egorova@metodset.demo",
    fullName: "Егорова Людмила Васильевна",
    position: "заместитель директора по воспитательной работе",
    organization: "school7",
    subjects: ["educational_work"],
    roles: ["participant"],
    joinedDaysAgo: 330,
    activity: 0.35,
  },
  {
    email: "s.kozlova@metodset.demo",
    fullName: "Козлова Светлана Геннадьевна",
    position: "учитель английского языка",
    organization: "gymnasium1",
    subjects: ["foreign_languages"],
    roles: ["participant"],
    about: "English teacher. Прошла стажировку по методике CLIL, провожу открытые уроки для коллег.",
    locale: "en",
    joinedDaysAgo: 340,
    activity: 0.5,
  },
  {
    email: "m.orlov@metodset.demo",
    fullName: "Орлов Максим Викторович",
    position: "учитель истории и обществознания",
    organization: "gymnasium1",
    subjects: ["history", "social_studies"],
    roles: ["participant"],
    joinedDaysAgo: 290,
    activity: 0.4,
  },
  {
    email: "e.frolov@metodset.demo",
    fullName: "Фролов Евгений Михайлович",
    position: "учитель математики",
    organization: "gymnasium1",
    subjects: ["mathematics"],
    roles: ["participant"],
    // Registered two days ago and has not opened the confirmation link yet.
    emailVerified: false,
    joinedDaysAgo: 2,
    activity: 0,
  },
  {
    email: "p.grigoriev@metodset.demo",
    fullName: "Григорьев Павел Игоревич",
    position: "учитель физики",
    organization: "lyceum2",
    subjects: ["physics"],
    roles: ["participant"],
    about: "Физика — наука экспериментальная: собираю коллекцию простых опытов из подручных материалов.",
    joinedDaysAgo: 345,
    activity: 0.6,
  },
  {
    email: "yu.zaytseva@metodset.demo",
    fullName: "Зайцева Юлия Андреевна",
    position: "учитель химии и биологии",
    organization: "lyceum2",
    subjects: ["chemistry", "biology"],
    roles: ["participant"],
    joinedDaysAgo: 260,
    activity: 0.45,
  },
  {
    email: "g.tikhonova@metodset.demo",
    fullName: "Тихонова Галина Ивановна",
    position: "учитель географии",
    organization: "school11",
    subjects: ["geography"],
    roles: ["participant"],
    joinedDaysAgo: 310,
    activity: 0.25,
    profileVisible: false,
  },
  {
    email: "e.vinogradova@metodset.demo",
    fullName: "Виноградова Екатерина Романовна",
    position: "учитель музыки",
    organization: "school11",
    subjects: ["music"],
    roles: ["participant"],
    joinedDaysAgo: 200,
    activity: 0.3,
  },
  {
    email: "i.melnikov@metodset.demo",
    fullName: "Мельников Игорь Валерьевич",
    position: "учитель физической культуры",
    organization: "school11",
    subjects: ["physical_education"],
    roles: ["participant"],
    status: "blocked",
    blockedReason: "Размещение рекламы платных курсов в сообществах вопреки правилам платформы",
    joinedDaysAgo: 230,
    activity: 0.4,
  },
  {
    email: "n.kovaleva@metodset.demo",
    fullName: "Ковалёва Надежда Петровна",
    position: "заведующий",
    organization: "kindergarten12",
    subjects: ["preschool", "school_management"],
    roles: ["participant"],
    joinedDaysAgo: 360,
    activity: 0.3,
  },
  {
    email: "k.andreeva@metodset.demo",
    fullName: "Андреева Ксения Дмитриевна",
    position: "воспитатель",
    organization: "kindergarten12",
    subjects: ["preschool"],
    roles: ["participant"],
    about: "Воспитатель средней группы. Люблю экологические проекты и сенсорные игры.",
    joinedDaysAgo: 180,
    activity: 0.55,
  },
  {
    email: "v.bogdanova@metodset.demo",
    fullName: "Богданова Валентина Сергеевна",
    position: "учитель-логопед",
    organization: "kindergarten5",
    subjects: ["special_education", "preschool"],
    roles: ["participant"],
    about: "Учитель-логопед группы компенсирующей направленности. Консультирую родителей и коллег по развитию речи.",
    joinedDaysAgo: 320,
    activity: 0.5,
  },
  {
    email: "a.makarova@metodset.demo",
    fullName: "Макарова Алина Рустамовна",
    position: "воспитатель",
    organization: "kindergarten5",
    subjects: ["preschool"],
    roles: ["participant"],
    joinedDaysAgo: 95,
    activity: 0.6,
  },
  {
    email: "v.stepanova@metodset.demo",
    fullName: "Степанова Вера Алексеевна",
    position: "старший воспитатель",
    organization: "kindergarten21",
    subjects: ["preschool"],
    roles: ["participant"],
    joinedDaysAgo: 335,
    activity: 0.45,
  },
  {
    email: "d.romanova@metodset.demo",
    fullName: "Романова Дарья Игоревна",
    position: "педагог-психолог",
    organization: "kindergarten21",
    subjects: ["psychology", "preschool"],
    roles: ["participant"],
    joinedDaysAgo: 150,
    activity: 0.35,
    profileVisible: false,
  },
  {
    email: "r.kiselev@metodset.demo",
    fullName: "Киселёв Роман Андреевич",
    position: "преподаватель информатики",
    organization: "college",
    subjects: ["informatics"],
    roles: ["participant"],
    joinedDaysAgo: 275,
    activity: 0.4,
  },
  {
    email: "i.guseva@metodset.demo",
    fullName: "Гусева Инна Борисовна",
    position: "заместитель директора по учебной работе",
    organization: "college",
    subjects: ["school_management", "psychology"],
    roles: ["participant"],
    about: "Организую педагогическую практику студентов колледжа в школах и детских садах города.",
    joinedDaysAgo: 250,
    activity: 0.3,
  },
  {
    email: "a.medvedeva@metodset.demo",
    fullName: "Медведева Алёна Викторовна",
    position: "педагог дополнительного образования",
    organization: "ddt",
    subjects: ["additional_education", "art"],
    roles: ["participant"],
    about: "Руковожу студией декоративно-прикладного творчества «Берестушка».",
    joinedDaysAgo: 285,
    activity: 0.5,
  },
  {
    email: "k.solovyev@metodset.demo",
    fullName: "Соловьёв Кирилл Евгеньевич",
    position: "педагог дополнительного образования",
    organization: "ddt",
    subjects: ["additional_education", "technology", "informatics"],
    roles: ["participant"],
    about: "Робототехника и начальное инженерное конструирование, наставник команд на городских соревнованиях.",
    joinedDaysAgo: 210,
    activity: 0.55,
  },
  {
    email: "p.alekseeva@metodset.demo",
    fullName: "Алексеева Полина Сергеевна",
    position: "педагог-организатор",
    organization: "evrika",
    subjects: ["additional_education", "educational_work"],
    roles: ["participant"],
    joinedDaysAgo: 120,
    activity: 0.4,
  },
  {
    email: "a.vasilyeva@metodset.demo",
    fullName: "Васильева Анастасия Павловна",
    position: "педагог-психолог",
    organization: "ppms",
    subjects: ["psychology", "special_education"],
    roles: ["participant"],
    about: "Сопровождение детей с ОВЗ, консультации педагогов по инклюзивному образованию.",
    joinedDaysAgo: 190,
    activity: 0.35,
  },
  {
    email: "e.zhukova@metodset.demo",
    fullName: "Жукова Евгения Олеговна",
    position: "учитель русского языка и литературы",
    organization: "lyceum130",
    subjects: ["russian", "literature"],
    roles: ["participant"],
    about: "Участвую в межрегиональном сообществе учителей словесности. Читательская грамотность, смысловое чтение.",
    timeZone: "Asia/Yekaterinburg",
    joinedDaysAgo: 220,
    activity: 0.45,
  },
  {
    email: "t.sharipov@metodset.demo",
    fullName: "Шарипов Тимур Ринатович",
    position: "учитель математики",
    organization: "lyceum130",
    subjects: ["mathematics"],
    roles: ["participant"],
    timeZone: "Asia/Yekaterinburg",
    joinedDaysAgo: 160,
    activity: 0.35,
  },
  {
    email: "v.kim@metodset.demo",
    fullName: "Ким Виктория Олеговна",
    position: "учитель начальных классов",
    organization: "school64",
    subjects: ["primary"],
    roles: ["participant"],
    about: "Пишу из Владивостока: вебинары ИМЦ смотрю в записи, а вопросы задаю в чате сообщества.",
    timeZone: "Asia/Vladivostok",
    joinedDaysAgo: 140,
    activity: 0.4,
  },
  {
    email: "d.pak@metodset.demo",
    fullName: "Пак Денис Сергеевич",
    position: "преподаватель-организатор ОБЗР",
    organization: "school64",
    subjects: ["life_safety", "physical_education"],
    roles: ["participant"],
    timeZone: "Asia/Vladivostok",
    joinedDaysAgo: 75,
    activity: 0.3,
  },
  {
    email: "o.kalinina@metodset.demo",
    fullName: "Калинина Оксана Викторовна",
    position: "учитель начальных классов",
    organization: "krivskaya",
    subjects: ["primary"],
    roles: ["participant"],
    // Registered with a school missing from the directory; waits for an administrator.
    status: "pending_approval",
    joinedDaysAgo: 3,
    activity: 0,
  },
];
