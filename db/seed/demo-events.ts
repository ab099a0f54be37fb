import { randomUUID } from "node:crypto";
import type { eventRegistrations, events, eventSeries, eventSpeakers } from "@/db/schema";
import type { ActivityEntry } from "@/db/schema/activity";
import { fromWallTime, toWallTime } from "@/lib/events/time";
import type { EventForm, EventFormat } from "@/lib/reference/events";
import type { Subject } from "@/lib/reference/subjects";
import { demoCommunities } from "./demo-communities";
import { demoUsers } from "./demo-data";

// Demo events (issue 5 item 11): past and upcoming events of many forms across the demo communities
// with the events service on, a monthly virtual pedagogical council series, a contest and a
// platform-wide conference; speakers, some capacities, registrations (attendance on past events).
// Dates are relative to the seeding moment; wall times are in the organizer's zone.

const DAY = 86_400_000;

type Speaker = { email: string; about?: string } | { name: string; about: string };

type DemoEvent = {
  community: string | null;
  organizer: string;
  form: EventForm;
  format: EventFormat;
  title: string;
  description: string;
  /** Days from the seeding moment (negative: past), at `time` in `zone`. */
  day: number;
  time: string;
  minutes: number;
  zone?: string;
  /** All-day events over this many days (`time` and `minutes` ignored). */
  allDays?: number;
  place?: string;
  link?: boolean;
  capacity?: number;
  audience?: "members" | "open";
  subjects?: Subject[];
  hours?: number;
  speakers?: Speaker[];
  /** How many people registered (capped by capacity; the rest wait). */
  registrations?: number;
  /** People surely among the registered and, on a past event, marked present (the demo teacher's certificates). */
  attendees?: string[];
  cancelled?: string;
  results?: string;
  series?: string;
};

const admin = "admin@metodset.demo";
const leader = "leader@metodset.demo";
const moderator = "moderator@metodset.demo";
const teacher = "teacher@metodset.demo";

const councilTopics = [
  "Итоги стартовой диагностики функциональной грамотности",
  "Читательская грамотность на уроках всех предметов",
  "Математическая грамотность: задачи из жизни",
  "Естественнонаучная грамотность и исследовательские задания",
  "Финансовая грамотность в 5–9 классах",
  "Итоги года и планы лаборатории",
];

const demoEventList: DemoEvent[] = [
  // Functional literacy laboratory: a monthly council series and much else.
  ...councilTopics.map<DemoEvent>((topic, i) => ({
    community: "functional-literacy",
    organizer: leader,
    form: "pedagogical_council",
    format: "online",
    title: `Виртуальный педагогический совет: ${topic}`,
    description: `Ежемесячный виртуальный педсовет лаборатории.\n\n**Тема:** ${topic.toLowerCase()}.\n\nПорядок: доклад (20 минут), обсуждение в группах, решение совета.`,
    day: -75 + i * 30,
    time: "16:00",
    minutes: 90,
    link: true,
    audience: "members",
    hours: 2,
    speakers: [{ email: leader, about: "руководитель лаборатории" }],
    registrations: 8,
    series: "council",
    results: i < 3 ? `Совет принял решение по теме «${topic}». Протокол размещён в разделе материалов лаборатории.` : undefined,
  })),
  { community: "functional-literacy", organizer: moderator, form: "webinar", format: "online", title: "Вебинар «Задания PISA на уроке: как составить и оценить»", description: "Разбираем структуру заданий международного формата, критерии оценивания и типичные ошибки обучающихся.\n\n- контекст и ситуация\n- вопросы разных уровней\n- кодирование ответов", day: 9, time: "15:00", minutes: 90, zone: "Asia/Yekaterinburg", link: true, capacity: 100, hours: 2, subjects: ["mathematics", "russian"], speakers: [{ email: moderator, about: "модератор лаборатории" }, { name: "Соколова Ирина Владимировна", about: "к. п. н., доцент кафедры педагогики ИРО" }], registrations: 14 },
  { community: "functional-literacy", organizer: moderator, form: "master_class", format: "in_person", title: "Мастер-класс «Смысловое чтение на уроках биологии»", description: "Приёмы работы с научно-популярным текстом: кластер, инсерт, вопросы толстые и тонкие.", day: 16, time: "14:30", minutes: 120, place: "г. Обнинск, МБОУ «СОШ № 7», ул. Курчатова, 12, кабинет 204", capacity: 20, hours: 3, subjects: ["biology"], speakers: [{ email: "s.kozlova@metodset.demo", about: "учитель биологии" }], registrations: 24 },
  { community: "functional-literacy", organizer: leader, form: "seminar", format: "hybrid", title: "Семинар «Диагностика функциональной грамотности в 8-х классах»", description: "Обсуждаем результаты диагностики и план коррекционной работы.", day: -20, time: "15:00", minutes: 120, place: "г. Обнинск, ИМЦ, конференц-зал", link: true, hours: 2, speakers: [{ email: leader }], registrations: 12, results: "Участвовали 12 педагогов из 7 школ. Определены три направления коррекционной работы: чтение инфографики, задачи с избыточными данными, аргументация выводов." },
  { community: "functional-literacy", organizer: leader, form: "practicum", format: "online", title: "Практикум «Конструируем задание по финансовой грамотности»", description: "Каждый участник создаёт задание и получает отзыв коллег.", day: -48, time: "16:00", minutes: 90, link: true, capacity: 15, hours: 2, subjects: ["social_studies"], speakers: [{ email: "expert@metodset.demo", about: "эксперт банка материалов" }], registrations: 15, results: "Создано 11 заданий; лучшие пять переданы на экспертизу в банк материалов." },
  { community: "functional-literacy", organizer: leader, form: "contest", format: "online", title: "Конкурс методических разработок «Функциональная грамотность: от задания к уроку»", description: "Приём конкурсных работ — технологических карт уроков с заданиями на функциональную грамотность. Жюри — эксперты банка материалов.", day: 20, time: "00:00", minutes: 0, allDays: 21, link: false, hours: 6, registrations: 9, speakers: [{ email: "expert@metodset.demo", about: "председатель жюри" }] },
  { community: "functional-literacy", organizer: moderator, form: "chat_discussion", format: "online", title: "Чат-обсуждение «Как оценивать креативное мышление?»", description: "Открытое обсуждение подходов к оцениванию.", day: -6, time: "19:00", minutes: 60, link: true, registrations: 6 },
  { community: "functional-literacy", organizer: moderator, form: "poll", format: "online", title: "Опрос педагогов о трудностях формирования читательской грамотности", description: "Анонимный опрос; итоги обсудим на педсовете.", day: 3, time: "00:00", minutes: 0, allDays: 7, link: true },

  // Reading subgroup.
  { community: "functional-literacy-reading", organizer: "expert@metodset.demo", form: "experience_presentation", format: "online", title: "Презентация опыта «Читательский дневник в цифровом формате»", description: "Учитель русского языка делится опытом ведения электронного читательского дневника в 6 классе.", day: -33, time: "15:30", minutes: 60, link: true, hours: 1, subjects: ["russian", "literature"], speakers: [{ email: "o.pavlova@metodset.demo", about: "учитель русского языка и литературы" }], registrations: 5, results: "Запись и шаблон дневника доступны участникам." },
  { community: "functional-literacy-reading", organizer: "e.zhukova@metodset.demo", form: "webinar", format: "online", title: "Вебинар «Работа с несплошным текстом»", description: "Таблицы, схемы, инфографика: как учить их читать.", day: 12, time: "17:00", minutes: 60, zone: "Asia/Yekaterinburg", link: true, hours: 1, subjects: ["russian"], speakers: [{ email: "e.zhukova@metodset.demo" }], registrations: 4 },

  // Young teachers (members only).
  { community: "young-teachers", organizer: "d.romanova@metodset.demo", form: "virtual_party", format: "online", title: "Виртуальная вечеринка «Первый год в школе: истории и лайфхаки»", description: "Неформальная встреча молодых педагогов.", day: 5, time: "19:30", minutes: 90, link: true, audience: "members", registrations: 5 },
  { community: "young-teachers", organizer: "d.romanova@metodset.demo", form: "consultation_line", format: "online", title: "«Горячая линия»: аттестация молодого педагога", description: "Отвечаем на вопросы о первой аттестации и портфолио.", day: -12, time: "16:00", minutes: 120, link: true, audience: "members", registrations: 4 },
  { community: "young-teachers", organizer: "d.romanova@metodset.demo", form: "pedagogical_workshop", format: "in_person", title: "Педагогическая мастерская «Дисциплина без крика»", description: "Практические приёмы управления классом.", day: 26, time: "15:00", minutes: 150, place: "г. Обнинск, Дом учителя, ауд. 3", capacity: 12, audience: "members", hours: 3, registrations: 6 },

  // Mathematics association.
  { community: "mathematics-mo", organizer: "a.belov@metodset.demo", form: "seminar", format: "online", title: "Семинар «Подготовка к ОГЭ по математике: задачи практико-ориентированного блока»", description: "Разбор задач 1–5 ОГЭ и типичных ошибок.", day: -40, time: "15:00", minutes: 90, link: true, hours: 2, subjects: ["mathematics"], speakers: [{ email: "a.belov@metodset.demo", about: "руководитель МО" }], registrations: 10, attendees: [teacher], results: "Подготовлен сборник из 40 задач с решениями." },
  { community: "mathematics-mo", organizer: "t.sharipov@metodset.demo", form: "master_class", format: "online", title: "Мастер-класс «Геометрия в GeoGebra»", description: "Динамические чертежи на уроках геометрии 7–9 классов.", day: 7, time: "14:00", minutes: 90, zone: "Asia/Yekaterinburg", link: true, capacity: 25, hours: 2, subjects: ["mathematics", "informatics"], speakers: [{ email: "t.sharipov@metodset.demo", about: "учитель математики" }], registrations: 9 },
  { community: "mathematics-mo", organizer: "a.belov@metodset.demo", form: "teleconference", format: "online", title: "Телеконференция с методистами регионального ИРО", description: "Обсуждение изменений в КИМ.", day: 33, time: "11:00", minutes: 60, link: true, hours: 1, subjects: ["mathematics"], registrations: 3 },
  { community: "mathematics-mo", organizer: "a.belov@metodset.demo", form: "contest", format: "online", title: "Конкурс «Лучшая задача месяца»", description: "Присылайте авторские задачи для 5–11 классов.", day: -70, time: "00:00", minutes: 0, allDays: 14, link: false, hours: 4, subjects: ["mathematics"], registrations: 7, results: "Победители: 1 место — Шарипов Т. Р., 2 место — Смирнова А. С., 3 место — Николаев С. П." },

  // STEM innovation.
  { community: "stem-innovation", organizer: "k.solovyev@metodset.demo", form: "festival", format: "in_person", title: "Фестиваль инженерных проектов школьников", description: "Два дня защиты проектов, выставка и мастер-классы.", day: 40, time: "00:00", minutes: 0, allDays: 2, place: "г. Обнинск, технопарк «Кванториум»", capacity: 200, hours: 8, subjects: ["physics", "informatics", "technology"], registrations: 12 },
  { community: "stem-innovation", organizer: "p.grigoriev@metodset.demo", form: "project", format: "hybrid", title: "Проект «Школьная метеостанция»", description: "Сетевой проект: школы собирают и сравнивают данные метеонаблюдений.", day: -90, time: "00:00", minutes: 0, allDays: 60, place: "школы-участницы", link: true, hours: 12, subjects: ["physics", "geography"], registrations: 8, results: "Шесть школ собрали данные за два месяца; отчёт опубликован в банке материалов." },
  { community: "stem-innovation", organizer: "k.solovyev@metodset.demo", form: "webinar", format: "online", title: "Вебинар «Arduino на уроках физики»", description: "Простые измерительные установки своими руками.", day: -3, time: "16:00", minutes: 90, link: true, hours: 2, subjects: ["physics"], speakers: [{ email: "k.solovyev@metodset.demo" }], registrations: 11, results: "" },

  // Preschool speech.
  { community: "preschool-speech", organizer: "n.lebedeva@metodset.demo", form: "master_class", format: "in_person", title: "Мастер-класс «Артикуляционная гимнастика в игре»", description: "Игровые приёмы для детей 4–6 лет.", day: 10, time: "10:00", minutes: 90, place: "г. Обнинск, МАДОУ № 5, музыкальный зал", capacity: 15, hours: 2, speakers: [{ email: "v.bogdanova@metodset.demo", about: "учитель-логопед" }], registrations: 15 },
  { community: "preschool-speech", organizer: "n.lebedeva@metodset.demo", form: "action", format: "hybrid", title: "Акция «Говорим правильно» для родителей", description: "Неделя консультаций и памяток для семей воспитанников.", day: -25, time: "00:00", minutes: 0, allDays: 5, place: "детские сады города", link: true, registrations: 6, results: "Проведено 23 консультации, роздано 400 памяток." },
  { community: "preschool-speech", organizer: "n.lebedeva@metodset.demo", form: "consultation_line", format: "online", title: "«Горячая линия» логопеда для воспитателей", description: "Ответы на вопросы о речевом развитии.", day: 18, time: "13:00", minutes: 120, link: true, registrations: 2 },

  // Russian language association.
  { community: "russian-language-mo", organizer: "expert@metodset.demo", form: "seminar", format: "online", title: "Семинар «Итоговое сочинение: критерии и практика оценивания»", description: "Согласование подходов к оцениванию.", day: -15, time: "15:00", minutes: 90, link: true, hours: 2, subjects: ["russian", "literature"], speakers: [{ email: "expert@metodset.demo" }], registrations: 9, attendees: [teacher], results: "Согласованы комментарии к критериям 1–5." },
  { community: "russian-language-mo", organizer: "o.pavlova@metodset.demo", form: "videoconference", format: "online", title: "Видеоконференция «Русский язык в поликультурном классе»", description: "Опыт школ с детьми-инофонами.", day: 14, time: "10:00", minutes: 120, zone: "Asia/Vladivostok", link: true, hours: 2, subjects: ["russian"], speakers: [{ name: "Ким Виктория Сергеевна", about: "методист, г. Владивосток" }], registrations: 5 },
  { community: "russian-language-mo", organizer: "expert@metodset.demo", form: "webinar", format: "online", title: "Вебинар «Орфографический режим в 5 классе»", description: "Отменён: ведущий на курсах.", day: 6, time: "16:00", minutes: 60, link: true, subjects: ["russian"], registrations: 3, cancelled: "Ведущий направлен на курсы повышения квалификации; вебинар перенесём на следующий месяц." },

  // Primary school workshop.
  { community: "primary-school-workshop", organizer: "m.fedorova@metodset.demo", form: "pedagogical_workshop", format: "in_person", title: "Педагогическая мастерская «Проектные задачи в начальной школе»", description: "Разрабатываем проектную задачу для 3 класса.", day: -8, time: "14:00", minutes: 120, place: "г. Обнинск, МБОУ «Гимназия», кабинет 12", capacity: 16, hours: 3, speakers: [{ email: "m.fedorova@metodset.demo" }], registrations: 10, results: "Разработаны четыре проектные задачи." },
  { community: "primary-school-workshop", organizer: "m.fedorova@metodset.demo", form: "experience_presentation", format: "online", title: "Презентация опыта «Смысловое чтение с первого класса»", description: "Как учить понимать текст с самого начала.", day: 22, time: "15:00", minutes: 60, link: true, hours: 1, speakers: [{ email: "m.fedorova@metodset.demo" }], registrations: 4 },

  // Robotics (a sub-community of the digital school).
  { community: "digital-school-robotics", organizer: "k.solovyev@metodset.demo", form: "contest", format: "in_person", title: "Соревнования по робототехнике «Траектория»", description: "Командные соревнования школьников 5–8 классов.", day: 28, time: "10:00", minutes: 360, place: "г. Обнинск, ДДТ, спортивный зал", capacity: 40, hours: 6, subjects: ["informatics", "technology"], registrations: 7 },

  // Platform-wide.
  { community: null, organizer: admin, form: "virtual_conference", format: "online", title: "Всероссийская интернет-конференция «Сетевые методические сообщества: практики и результаты»", description: "Пленарное заседание и секции по направлениям: функциональная грамотность, цифровая среда, инклюзия, молодые педагоги.", day: 30, time: "00:00", minutes: 0, allDays: 3, link: true, capacity: 500, hours: 12, speakers: [{ name: "Орлова Елена Николаевна", about: "д. п. н., профессор" }, { email: "a.belov@metodset.demo", about: "секция «Математическое образование»" }], registrations: 18 },
  { community: null, organizer: admin, form: "conference", format: "hybrid", title: "Городская методическая конференция «Итоги учебного года»", description: "Подведение итогов работы сетевых сообществ.", day: -100, time: "10:00", minutes: 300, place: "г. Обнинск, администрация города, большой зал", link: true, hours: 6, registrations: 16, attendees: [teacher], results: "Приняты рекомендации конференции; лучшие практики включены в сборник." },
  { community: null, organizer: admin, form: "webinar", format: "online", title: "Вебинар «Как работать на платформе Методсеть»", description: "Обзор сервисов: сообщества, банк материалов, события.", day: 2, time: "16:00", minutes: 60, link: false, hours: 1, speakers: [{ email: admin, about: "администратор платформы" }], registrations: 10 },
];

export type DemoEventRows = {
  series: (typeof eventSeries.$inferInsert)[];
  events: (typeof events.$inferInsert)[];
  speakers: (typeof eventSpeakers.$inferInsert)[];
  registrations: (typeof eventRegistrations.$inferInsert)[];
  activity: ActivityEntry[];
};

export type DemoEventRefs = {
  nowMs: number;
  userId: (email: string) => string;
  userName: (email: string) => string;
  communityId: (slug: string) => string;
};

/** The demo events, ready to insert. */
export function demoEvents(): DemoEvent[] {
  return demoEventList;
}

function must<T>(result: { ok: true; instant: T } | { ok: false; error: string }, what: string): T {
  if (!result.ok) throw new Error(`demo-events: ${what}: ${result.error}`);
  return result.instant;
}

/** People who may register: the community's staff and members (active demo users), anyone for platform-wide events. */
function candidates(slug: string | null, organizer: string): string[] {
  const active = new Set(demoUsers.filter((u) => (u.status ?? "active") === "active" && u.emailVerified !== false).map((u) => u.email));
  const community = slug ? demoCommunities.find((c) => c.slug === slug) : null;
  const pool = community ? [community.leader, ...community.moderators, ...community.members] : demoUsers.map((u) => u.email);
  return [...new Set(pool)].filter((email) => active.has(email) && email !== organizer);
}

export function demoEventRows(list: DemoEvent[], refs: DemoEventRefs): DemoEventRows {
  const rows: DemoEventRows = { series: [], events: [], speakers: [], registrations: [], activity: [] };
  const seriesIds = new Map<string, string>();
  list.forEach((e, index) => {
    const zone = e.zone ?? "Europe/Moscow";
    const date = toWallTime(new Date(refs.nowMs + e.day * DAY), zone).date;
    let startsAt: Date;
    let endsAt: Date;
    if (e.allDays) {
      startsAt = must(fromWallTime(date, "00:00", zone), e.title);
      const last = toWallTime(new Date(refs.nowMs + (e.day + e.allDays) * DAY), zone).date;
      endsAt = must(fromWallTime(last, "00:00", zone), e.title);
    } else {
      startsAt = must(fromWallTime(date, e.time, zone), e.title);
      endsAt = new Date(startsAt.getTime() + e.minutes * 60_000);
    }
    const communityId = e.community ? refs.communityId(e.community) : null;
    const organizerId = refs.userId(e.organizer);
    // Scheduled three weeks ahead, or a week ago for what is soon.
    const createdAt = new Date(Math.min(startsAt.getTime() - 21 * DAY, refs.nowMs - 7 * DAY));
    let seriesId: string | null = null;
    if (e.series) {
      seriesId = seriesIds.get(e.series) ?? null;
      if (!seriesId) {
        seriesId = randomUUID();
        seriesIds.set(e.series, seriesId);
        rows.series.push({ id: seriesId, communityId, frequency: "monthly", interval: 1, count: list.filter((x) => x.series === e.series).length, createdById: organizerId, createdAt });
      }
    }
    const id = randomUUID();
    const past = endsAt.getTime() < refs.nowMs;
    rows.events.push({
      id,
      communityId,
      seriesId,
      form: e.form,
      format: e.format,
      title: e.title,
      description: e.description,
      startsAt,
      endsAt,
      timeZone: zone,
      allDay: Boolean(e.allDays),
      place: e.place ?? "",
      meetingUrl: e.link ? `https://telemost.yandex.ru/j/demo${String(index).padStart(4, "0")}` : null,
      linkForRegistered: true,
      capacity: e.capacity ?? null,
      registrationDeadline: e.capacity ? new Date(startsAt.getTime() - DAY) : null,
      audience: e.audience ?? "open",
      subjects: e.subjects ?? [],
      hours: e.hours === undefined ? null : String(e.hours),
      status: e.cancelled ? "cancelled" : "scheduled",
      cancelReason: e.cancelled ?? null,
      recordingUrl: past && e.results && e.format !== "in_person" ? `https://rutube.ru/video/demo${String(index).padStart(4, "0")}/` : null,
      results: past ? (e.results ?? "") : "",
      createdById: organizerId,
      createdAt,
      updatedAt: createdAt,
    });
    rows.activity.push({ occurredAt: createdAt, actorId: organizerId, verb: "event.created", objectType: "event", objectId: id, communityId });
    (e.speakers ?? []).forEach((s, position) => {
      rows.speakers.push("email" in s ? { eventId: id, position, userId: refs.userId(s.email), name: refs.userName(s.email), about: s.about ?? "" } : { eventId: id, position, userId: null, name: s.name, about: s.about });
    });
    // Registrations: the first people of the pool (shifted per event), registered up to capacity, then waiting.
    const sure = e.attendees ?? [];
    const pool = candidates(e.community, e.organizer).filter((email) => !sure.includes(email));
    const wanted = Math.min(e.registrations ?? 0, pool.length + sure.length);
    const lastMoment = Math.min(startsAt.getTime() - 60 * 60_000, refs.nowMs - 60_000);
    for (let i = 0; i < wanted; i += 1) {
      const email = i < sure.length ? sure[i]! : pool[(i - sure.length + index * 3) % pool.length]!;
      const userId = refs.userId(email);
      const registered = e.capacity === undefined || i < e.capacity;
      const at = new Date(createdAt.getTime() + ((lastMoment - createdAt.getTime()) * (i + 1)) / (wanted + 1));
      const attended = past && registered && !e.cancelled && (i < sure.length || (i + index) % 4 !== 0);
      const markedAt = new Date(Math.min(endsAt.getTime() + 60 * 60_000, refs.nowMs - 60_000));
      rows.registrations.push({
        eventId: id,
        userId,
        status: registered ? "registered" : "waitlisted",
        queuedAt: at,
        attended,
        attendanceMarkedAt: attended ? markedAt : null,
        createdAt: at,
        updatedAt: at,
      });
      rows.activity.push({ occurredAt: at, actorId: userId, verb: "event.registered", objectType: "event", objectId: id, communityId });
      if (attended) rows.activity.push({ occurredAt: markedAt, actorId: organizerId, verb: "event.attended", objectType: "event", objectId: id, communityId });
    }
  });
  return rows;
}
