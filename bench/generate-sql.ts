import { communityKinds, communityServices, communityTypes, priorityThemes } from "@/lib/reference/communities";
import { subjects } from "@/lib/reference/subjects";

// The bench data as set-based SQL (INSERT … SELECT generate_series): the same statements fill a
// PostgreSQL server and PGlite. Randomness is a hash of (row number, salt), so a seed gives the
// same rows on every run and in any order; ids are v4-shaped uuids hashed from the row
// number, so foreign keys need no lookups.

export type BenchSize = { communities: number; users: number; organizations: number; posts: number; plansPerCommunity: number };

export function benchSize(scale: number): BenchSize {
  const n = (x: number, min: number) => Math.max(min, Math.round(x * scale));
  return { communities: n(1_000, 20), users: n(100_000, 2_000), organizations: n(2_000, 40), posts: n(200_000, 400), plansPerCommunity: 10 };
}

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const lit = (values: readonly string[]) => `(array[${values.map(quote).join(",")}]::text[])`;

const surnames = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев"];
const menNames = ["Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья", "Кирилл", "Михаил", "Никита", "Роман", "Евгений", "Олег", "Игорь"];
const womenNames = ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Екатерина", "Юлия", "Марина", "Анастасия", "Галина", "Людмила", "Виктория"];
const fathers = ["Александров", "Сергеев", "Дмитриев", "Андреев", "Алексеев", "Михайлов", "Викторов", "Николаев", "Игорев", "Владимиров"];
const positions: [string, string][] = [
  ["учитель математики", "mathematics"],
  ["учитель русского языка и литературы", "russian"],
  ["учитель начальных классов", "primary"],
  ["воспитатель", "preschool"],
  ["педагог дополнительного образования", "additional_education"],
  ["заместитель директора по УВР", "school_management"],
  ["педагог-психолог", "psychology"],
  ["учитель-логопед", "special_education"],
  ["учитель информатики", "informatics"],
  ["учитель истории и обществознания", "history"],
  ["учитель физики", "physics"],
  ["учитель английского языка", "foreign_languages"],
  ["учитель биологии", "biology"],
  ["учитель физической культуры", "physical_education"],
];
const municipalities = ["г. Обнинск", "г. Калуга", "Боровский район", "Малоярославецкий район", "г. Балабаново", "Дзержинский район", "г. Людиново", "Козельский район", "Жуковский район", "Тарусский район"];
const themeTitles = ["Функциональная грамотность", "Цифровая школа", "Одарённые дети", "Инклюзивное образование", "Наставничество", "Проектная деятельность", "Формирующее оценивание", "Смысловое чтение", "Здоровьесбережение", "Воспитание гражданина", "STEM-образование", "Финансовая грамотность", "Читающая школа", "Обновлённые ФГОС", "Ранняя профориентация"];
const subjectGenitive = ["математики", "русского языка и литературы", "начальных классов", "физики", "истории и обществознания", "информатики", "иностранного языка", "биологии и химии", "физической культуры", "технологии", "музыки и ИЗО", "географии"];
const kindPrefix: Record<(typeof communityKinds)[number], string> = {
  network_community: "Сетевое сообщество",
  methodological_association: "Методическое объединение",
  innovation_platform: "Инновационная площадка",
  methodological_platform: "Методическая площадка",
  problem_group: "Проблемная группа",
  creative_laboratory: "Творческая лаборатория",
  pedagogical_workshop: "Педагогическая мастерская",
  internship_platform: "Стажировочная площадка",
};
const titleStarts = ["Заседание", "Семинар", "Мастер-класс", "Открытый урок", "Вебинар", "Консультация", "Круглый стол", "Итоги", "Приглашение", "Конкурс"];
const titleTopics = ["по функциональной грамотности", "для молодых педагогов", "по подготовке к ГИА", "о формирующем оценивании", "по работе с одарёнными детьми", "по инклюзивному образованию", "о цифровых сервисах на уроке", "по проектной деятельности", "о наставничестве", "по воспитательной работе"];
const sentences = [
  "Коллеги, приглашаем вас принять участие в очередном заседании сообщества.",
  "Начало в 15:30 в актовом зале информационно-методического центра, возможно подключение онлайн.",
  "Просим заранее подготовить вопросы и примеры из собственной практики.",
  "Материалы прошлой встречи выложены в разделе материалов сообщества.",
  "Обсудим результаты диагностики и наметим план работы на следующую четверть.",
  "Выступят педагоги школ города, которые апробировали новые приёмы на своих уроках.",
  "После мастер-класса будет время для ответов на вопросы и обмена контактами.",
  "Заявки на выступление принимаются до пятницы у руководителя сообщества.",
  "Напоминаем о сроках сдачи материалов в муниципальный банк заданий.",
  "Участникам будут выданы сертификаты информационно-методического центра.",
  "Запись вебинара будет доступна всем участникам сообщества в течение недели.",
  "Благодарим всех, кто принял участие в открытых уроках и поделился опытом.",
  "Особое внимание уделим заданиям на интерпретацию данных и работу с текстом.",
  "Ждём молодых педагогов и их наставников, приходите парами.",
  "Обратите внимание: место проведения изменилось, встречаемся в школе № 7.",
];
const planTitles = ["Заседание сообщества", "Открытый урок", "Городской семинар", "Мастер-класс", "Диагностическая работа", "Подготовка методического сборника", "Круглый стол", "Вебинар для родителей", "Конкурс методических разработок", "Итоговая конференция"];

/** Every statement, in order; `seed` salts every random choice. */
export function generationSql(size: BenchSize, seed: number, passwordHash: string, consentVersion: (document: "rules" | "personal_data" | "profile_visibility") => string): string[] {
  const { communities: C, users: U, organizations: O, posts: P, plansPerCommunity } = size;
  const S = seed * 1_000;
  // Sub-communities: (A, B] are children of 1..B-A; (B, C] are children of those in (A, A+C-B].
  const A = Math.floor(C * 0.85);
  const B = Math.floor(C * 0.95);
  const big = Math.max(1, Math.round(8_000 * (U / 100_000)));
  const anchor = "date_trunc('day', now())";
  // Member k of community cm: a permutation of the users (the step is a prime above the user count).
  const member = (k: string) => `bench.uid(1, 1 + (cm.off + (${k})::bigint * cm.step) % ${U})`;
  // `offset 0` keeps each random draw computed once per row instead of inlined into every use.
  return [
    `set session_replication_role = replica`,
    `drop schema if exists bench cascade`,
    `create schema bench`,
    // A uniform number in [0, 1) from (row, salt).
    `create function bench.r(i bigint, salt bigint) returns float8 language sql immutable as
      $$ select ((hashint8extended(i, salt) & 9223372036854775807) % 1000000007)::float8 / 1000000007 $$`,
    // A v4-shaped uuid from two 64-bit hashes (md5 costs ten times more): 1 user, 2 organization, 3 community.
    `create function bench.uid(kind int, i bigint) returns uuid language sql immutable as
      $$ select (lpad(to_hex((hashint8extended(i, kind * 7919 + ${S}) & -61441) | 16384), 16, '0')
              || lpad(to_hex((hashint8extended(i, kind * 7919 + ${S + 1}) & 4611686018427387903) | (-9223372036854775807 - 1)), 16, '0'))::uuid $$`,
    `create function bench.pick(items text[], x float8) returns text language sql immutable as
      $$ select items[1 + floor(x * array_length(items, 1))::int] $$`,
    // One row per community: its id, member count (a few with thousands, a hundred with hundreds,
    // most with tens), its permutation of the users, its creation day and its parent.
    `create unlogged table bench.cm as
     select c, bench.uid(3, c) as id,
            least(${Math.floor(U / 2)}, case when c <= 10 then floor(${big} / power(c, 0.8))::int
                  when c <= ${Math.ceil(C / 10)} then 80 + floor(bench.r(c, ${S + 1}) * 300)::int
                  else 10 + floor(bench.r(c, ${S + 2}) * 70)::int end) as size,
            floor(bench.r(c, ${S + 3}) * ${U})::bigint as off,
            (array[100003,100019,100043,100049,100057,100069,100103,100109,100129,100151])[1 + c % 10]::bigint as step,
            ${anchor} - (30 + bench.r(c, ${S + 4}) * 700) * interval '1 day' as created,
            case when c > ${B} then c - ${B - A} when c > ${A} then c - ${A} end as parent
     from generate_series(1, ${C}) c`,
    `alter table bench.cm add primary key (c)`,

    `insert into organizations (id, name, short_name, kind, municipality, status, created_at, updated_at)
     select bench.uid(2, o), k.full || ' № ' || o || '»', k.short || ' № ' || o || '»', r.kind::organization_kind,
            bench.pick(${lit(municipalities)}, bench.r(o, ${S + 11})), 'approved', ${anchor} - interval '800 days', ${anchor} - interval '800 days'
     from generate_series(1, ${O}) o,
     lateral (select case when x < 0.6 then 'school' when x < 0.85 then 'kindergarten' when x < 0.9 then 'college' when x < 0.98 then 'additional_education' else 'other' end as kind
              from (select bench.r(o, ${S + 10}) x offset 0) r) r,
     lateral (select
       case r.kind when 'school' then 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа' when 'kindergarten' then 'Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад'
         when 'college' then 'Государственное профессиональное образовательное учреждение «Колледж' when 'additional_education' then 'Муниципальное учреждение дополнительного образования «Центр творчества' else 'Автономная некоммерческая организация «Центр' end as full,
       case r.kind when 'school' then 'МБОУ «СОШ' when 'kindergarten' then 'МБДОУ «Детский сад' when 'college' then 'ГПОУ «Колледж' when 'additional_education' then 'МУ ДО «ЦТ' else 'АНО «Центр' end as short) k`,

    // User i works in organization (i - 1) % O + 1; user o represents organization o.
    `insert into users (id, email, password_hash, full_name, position, organization_id, subjects, about, status, email_verified_at, created_at, updated_at)
     select bench.uid(1, i), 'user' || i || '@bench.test', ${quote(passwordHash)},
            case when w then surname || 'а ' || bench.pick(${lit(womenNames)}, n) || ' ' || father || 'на' else surname || ' ' || bench.pick(${lit(menNames)}, n) || ' ' || father || 'ич' end,
            ${lit(positions.map((p) => p[0]))}[p], bench.uid(2, (i - 1) % ${O} + 1), array[${lit(positions.map((p) => p[1]))}[p]],
            case when about then 'Делюсь материалами и опытом, открыт(а) к сотрудничеству с коллегами из других школ.' else '' end,
            'active', created + interval '20 minutes', created, created
     from (select i, bench.r(i, ${S + 20}) < 0.8 as w, bench.pick(${lit(surnames)}, bench.r(i, ${S + 21})) as surname, bench.r(i, ${S + 22}) as n,
                  bench.pick(${lit(fathers)}, bench.r(i, ${S + 23})) as father, 1 + floor(bench.r(i, ${S + 24}) * ${positions.length})::int as p,
                  bench.r(i, ${S + 25}) < 0.3 as about, ${anchor} - (bench.r(i, ${S + 26}) * 760) * interval '1 day' as created
           from generate_series(1, ${U}) i offset 0) x`,
    `insert into user_roles (user_id, role, granted_at) select bench.uid(1, i), 'participant', ${anchor} - interval '760 days' from generate_series(1, ${U}) i`,
    `insert into user_roles (user_id, role, granted_at) select bench.uid(1, 1), 'administrator', ${anchor} - interval '760 days'`,
    `insert into user_roles (user_id, role, granted_at) select bench.uid(1, i), case when i <= 20 then 'methodist' else 'expert' end::platform_role, ${anchor} - interval '700 days' from generate_series(2, 100) i`,
    `insert into consents (user_id, document, version, accepted_at, ip_address)
     select u.id, d.document::consent_document, d.version, ${anchor} - interval '700 days', '10.1.' || (u.i % 250) || '.' || (u.i % 199)
     from (select i, bench.uid(1, i) as id, bench.r(i, ${S + 27}) < 0.8 as visible from generate_series(1, ${U}) i offset 0) u
     cross join (values ('rules', ${quote(consentVersion("rules"))}), ('personal_data', ${quote(consentVersion("personal_data"))}), ('profile_visibility', ${quote(consentVersion("profile_visibility"))})) d(document, version)
     where d.document <> 'profile_visibility' or u.visible`,
    `insert into organization_representatives (organization_id, user_id, created_at)
     select bench.uid(2, o), bench.uid(1, o), ${anchor} - interval '600 days' from generate_series(1, ${O}) o`,

    // Community 1 is the biggest: public, by approval, every service on; one in fifty of the others is liquidated.
    `insert into communities (id, slug, name, description, goal, tasks, type, kind, subjects, themes, municipality, visibility, join_policy, services,
                              parent_id, ancestor_ids, creation_order_number, creation_order_date, leader_order_number, leader_order_date,
                              liquidated_at, liquidation_order_number, liquidation_order_date, created_by_id, created_at, updated_at)
     select cm.id, 'community-' || cm.c,
            case when x.kind = 'methodological_association' then 'Методическое объединение учителей ' || bench.pick(${lit(subjectGenitive)}, x.t)
                 else ${lit(communityKinds.map((k) => kindPrefix[k]))}[x.kix] || ' «' || bench.pick(${lit(themeTitles)}, x.t) || '»' end || ' (' || x.muni || ')',
            'Сообщество педагогов, которые вместе разрабатывают и апробируют методические материалы, проводят открытые уроки и семинары для коллег.',
            'Повысить профессиональную компетентность педагогов и качество образовательных результатов обучающихся.',
            '1. Проводить заседания и открытые уроки.' || chr(10) || '2. Собирать банк методических разработок.' || chr(10) || '3. Обобщать и распространять опыт участников.',
            ${lit(communityTypes)}[1 + floor(bench.r(cm.c, ${S + 30}) * ${communityTypes.length})::int]::community_type, x.kind::community_kind,
            array[bench.pick(${lit(subjects)}, bench.r(cm.c, ${S + 33})), bench.pick(${lit(subjects)}, bench.r(cm.c, ${S + 34}))],
            array[bench.pick(${lit(priorityThemes)}, bench.r(cm.c, ${S + 35}))], x.muni,
            case when cm.c > 1 and bench.r(cm.c, ${S + 36}) < 0.15 then 'members' else 'public' end::community_visibility,
            case when cm.c = 1 then 'approval' else (array['open','approval','invitation'])[1 + floor(bench.r(cm.c, ${S + 37}) * 3)::int] end::join_policy,
            case when cm.c = 1 then ${lit(communityServices)} else array(select s from unnest(${lit(communityServices)}) with ordinality u(s, n) where n = 3 or bench.r(cm.c * 10 + n, ${S + 38}) < 0.5) end,
            p.id, case when gp.id is not null then array[gp.id, p.id] when p.id is not null then array[p.id] else '{}' end::uuid[],
            (100 + cm.c) || '-о', (cm.created - interval '3 days')::date, (100 + cm.c) || '-о', (cm.created - interval '3 days')::date,
            case when x.liquidated then ${anchor} - interval '10 days' end, case when x.liquidated then (2000 + cm.c) || '-о' end, case when x.liquidated then (${anchor} - interval '12 days')::date end,
            bench.uid(1, 1), cm.created, cm.created
     from bench.cm cm
     left join bench.cm p on p.c = cm.parent
     left join bench.cm gp on gp.c = p.parent,
     lateral (select ${lit(communityKinds)}[kix] as kind, kix, t, muni, liquidated
              from (select 1 + floor(bench.r(cm.c, ${S + 31}) * ${communityKinds.length})::int as kix, bench.r(cm.c, ${S + 32}) as t,
                           bench.pick(${lit(municipalities)}, bench.r(cm.c, ${S + 39})) as muni, cm.c > 1 and cm.c <= ${A} and cm.c % 50 = 49 as liquidated offset 0) y) x`,

    // Members: k = 0 leads, k = 1..2 moderate, then mostly active members and some requests, invitations and former members.
    `insert into community_memberships (community_id, user_id, role, status, message, reason, acted_by_id, decided_by_id, decided_at, joined_at, created_at, updated_at)
     select cm.id, ${member("m.k")},
            case when m.k = 0 then 'leader' when m.k <= 2 then 'moderator' else 'member' end::community_role, m.st::membership_status,
            case when m.st = 'pending' then 'Прошу принять меня в сообщество.' else '' end,
            case when m.st = 'removed' then 'Нарушение правил сообщества.' else '' end,
            case when m.st = 'invited' then ${member("0")} end,
            case when m.st in ('active', 'removed') and m.k > 0 then ${member("0")} end,
            case when m.st in ('active', 'removed') then m.at end,
            case when m.st in ('active', 'left', 'removed') then m.at end, m.at, m.at
     from bench.cm cm,
     lateral (select k, case when k <= 2 then 'active' when x < 0.92 then 'active' when x < 0.95 then 'pending' when x < 0.97 then 'invited' when x < 0.985 then 'left' else 'removed' end as st,
                     cm.created + (case when k = 0 then 0.01 else t end) * (${anchor} - cm.created) as at
              from (select k, bench.r(cm.c * 100000 + k, ${S + 40}) as x, bench.r(cm.c * 100000 + k, ${S + 41}) as t from generate_series(0, cm.size - 1) k offset 0) r) m`,
    // The hundred biggest communities also have five organizations as members, joined by their representatives.
    `insert into community_memberships (community_id, organization_id, role, status, acted_by_id, decided_by_id, decided_at, joined_at, created_at, updated_at)
     select cm.id, bench.uid(2, o.o), 'member', 'active', bench.uid(1, o.o), ${member("0")}, o.at, o.at, o.at, o.at
     from bench.cm cm, generate_series(0, 4) j,
     lateral (select 1 + ((floor(bench.r(cm.c, ${S + 42}) * ${O})::int + j * 7) % ${O}) as o, cm.created + interval '5 days' as at) o
     where cm.c <= ${Math.ceil(C / 10)}`,
    // Followers: the next users of the community's permutation (not members), a fifth of its size.
    `insert into follows (user_id, community_id, created_at)
     select ${member("cm.size + j")}, cm.id, cm.created + interval '7 days'
     from bench.cm cm, lateral generate_series(0, cm.size / 5) j`,

    `insert into community_plan_items (community_id, title, description, starts_on, ends_on, responsible_id, status, link, created_by_id, created_at, updated_at)
     select cm.id, bench.pick(${lit(planTitles)}, x.a) || ' ' || bench.pick(${lit(titleTopics)}, x.b),
            'Ответственный готовит материалы и приглашает участников сообщества.', x.starts, x.starts + x.len, ${member("x.j % least(cm.size, 10)")},
            case when x.starts > current_date then 'planned' when x.starts + x.len >= current_date then 'in_progress' when x.d < 0.85 then 'done' else 'cancelled' end::plan_item_status,
            case when x.j % 4 = 0 then 'https://fg.resh.edu.ru' end, ${member("0")}, cm.created, cm.created
     from bench.cm cm,
     lateral (select j, bench.r(cm.c * 100 + j, ${S + 50}) as a, bench.r(cm.c * 100 + j, ${S + 51}) as b, bench.r(cm.c * 100 + j, ${S + 52}) as d,
                     ${anchor}::date - 200 + floor(bench.r(cm.c * 100 + j, ${S + 53}) * 300)::int as starts, floor(bench.r(cm.c * 100 + j, ${S + 54}) * 30)::int as len
              from generate_series(1, ${plansPerCommunity}) j offset 0) x`,

    // Posts: a power law over communities (community 1 gets a tenth of them), written by the leader or a moderator.
    `insert into announcements (community_id, author_id, title, body, published_at, created_at)
     select cm.id, ${member("least(x.k, cm.size - 1)")},
            bench.pick(${lit(titleStarts)}, x.t1) || ' ' || bench.pick(${lit(titleTopics)}, x.t2),
            bench.pick(${lit(sentences)}, x.s1) || ' ' || bench.pick(${lit(sentences)}, x.s2) || ' ' || bench.pick(${lit(sentences)}, x.s3)
              || case when x.s4 < 0.5 then ' ' || bench.pick(${lit(sentences)}, x.s5) else '' end,
            cm.created + x.t * (${anchor} - cm.created), cm.created + x.t * (${anchor} - cm.created)
     from (select 1 + floor(${C} * power(bench.r(p, ${S + 60}), 3))::int as c, floor(bench.r(p, ${S + 61}) * 3)::int as k,
                  bench.r(p, ${S + 62}) as t1, bench.r(p, ${S + 63}) as t2, bench.r(p, ${S + 64}) as s1, bench.r(p, ${S + 65}) as s2, bench.r(p, ${S + 66}) as s3,
                  bench.r(p, ${S + 67}) as s4, bench.r(p, ${S + 68}) as s5, bench.r(p, ${S + 69}) as t
           from generate_series(1, ${P}) p offset 0) x
     join bench.cm cm on cm.c = x.c`,

    `insert into activity_log (occurred_at, actor_id, verb, object_type, object_id, community_id)
     select published_at, author_id, 'announcement.published', 'announcement', id::text, community_id from announcements`,
    `insert into activity_log (occurred_at, actor_id, verb, object_type, object_id, community_id)
     select joined_at, user_id, 'membership.joined', 'community_membership', id::text, community_id from community_memberships where joined_at is not null and user_id is not null`,
    `drop schema bench cascade`,
    `set session_replication_role = origin`,
  ];
}
