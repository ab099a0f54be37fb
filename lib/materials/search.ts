import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { materials } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { fromZod, ok, type Result } from "@/lib/errors";
import type { PriorityTheme } from "@/lib/reference/communities";
import type { EducationLevel, MaterialKind, MaterialLicence } from "@/lib/reference/materials";
import type { Subject } from "@/lib/reference/subjects";
import { foldText } from "./search-document";
import { searchPageSize, searchQuerySchema, type SearchFacet, type SearchQuery } from "./search-query";
import { publishedVisibleTo } from "./visibility";

// Russian search over the bank: the russian dictionary's stems, a prefix query for the forms it
// stems apart ("материал" → материа, "материалы" → материал), and trigram similarity on title,
// tags and authors for typos when neither finds the words. Two statements per search whatever
// the data size: the facets with the total, then one page of results.

export type SearchItem = {
  id: string;
  title: string;
  excerpt: string;
  kind: MaterialKind;
  subjects: Subject[];
  levels: EducationLevel[];
  publishedAt: Date;
  viewCount: number;
  downloadCount: number;
  /** Mean of the ratings, null when nobody rated it. */
  ratingAvg: number | null;
  communityName: string | null;
};

export type FacetCount<T extends string> = { code: T; count: number };

export type SearchFacets = {
  kind: FacetCount<MaterialKind>[];
  subject: FacetCount<Subject>[];
  level: FacetCount<EducationLevel>[];
  theme: FacetCount<PriorityTheme>[];
  community: { id: string; name: string; count: number }[];
  licence: FacetCount<MaterialLicence>[];
};

export type SearchPage = { items: SearchItem[]; total: number; page: number; pageCount: number; facets: SearchFacets };

/** Weights of D, C, B, A (body; —; tags, authors and abstract; title), as ts_rank_cd takes them. */
const rankWeights = sql.raw(`'{0.1, 0.2, 0.4, 1.0}'::float4[]`);
const excerptLength = 220;

export async function searchMaterials({ viewer, query }: { viewer: Actor | null; query: unknown }): Promise<Result<SearchPage>> {
  const parsed = searchQuerySchema.safeParse(query ?? {});
  if (!parsed.success) return fromZod(parsed.error);
  const filters = parsed.data;
  const found = matching(publishedVisibleTo(viewer?.id ?? null), textMatch(filters.q));
  const db = await getDb();
  const { total, facets } = await countFacets(db, found, filters);
  const pageCount = Math.max(1, Math.ceil(total / searchPageSize));
  const page = Math.min(filters.page, pageCount);
  const items = total === 0 ? [] : await pageOfItems(db, found, filters, page);
  return ok({ items, total, page, pageCount, facets });
}

type TextMatch = { lexical: SQL; lexicalRank: SQL; typo: SQL | null; typoRank: SQL };

/** The conditions and ranks for a query's text; null for an empty one (everything visible matches). */
function textMatch(q: string): TextMatch | null {
  const { words, excluded } = queryWords(q);
  if (words.length === 0) return null;
  const vector = materials.searchVector;
  const stems = sql`websearch_to_tsquery('russian'::regconfig, ${q}::text)`;
  const prefixes = prefixQuery(words, " && ");
  // "-word" excludes a material in any of its forms, whichever way it matched.
  const allowed =
    excluded.length > 0 ? sql` and not (${vector} @@ (websearch_to_tsquery('russian'::regconfig, ${excluded.join(" or ")}::text) || ${prefixQuery(excluded, " || ")}))` : sql``;
  const text = words.join(" ");
  return {
    lexical: sql`((${vector} @@ ${stems} or ${vector} @@ ${prefixes})${allowed})`,
    lexicalRank: sql`ts_rank_cd(${rankWeights}, ${vector}, ${stems} || ${prefixes}, 1)`,
    // `<<%`: strict_word_similarity to the title, tags and authors reaches pg_trgm's default 0.5
    // (pg_trgm.strict_word_similarity_threshold, which the trigram index serves). One wrong letter in
    // a word of 8 or more letters scores 0.55–0.75 ("матиматика" ↔ математика 0.58, "фотосинтэз" ↔
    // фотосинтез 0.57); words that only share an ending stay near 0.3 (грамматика 0.33, информатика
    // 0.31), where plain word_similarity gives them 0.56. Texts under four letters have too few
    // trigrams to tell a typo from chance: they rely on the dictionary alone.
    typo: text.length >= 4 ? sql`(${text}::text <<% ${materials.searchText}${allowed})` : null,
    typoRank: sql`strict_word_similarity(${text}::text, ${materials.searchText})`,
  };
}

/**
 * `select <columns>` of the visible materials the text matches, each with its rank: those the
 * dictionary or the prefixes match, or — only when there are none — those whose title, tags or
 * authors are a typo away. As a fallback the trigram branch costs nothing when the words are found
 * (its arm is skipped), and it adds no near-misses to a search that found what was typed.
 */
function matching(visible: SQL, match: TextMatch | null): (columns: (rank: SQL) => SQL, where?: SQL) => SQL {
  return (columns, where = sql`true`) => {
    if (!match) return sql`select ${columns(sql`0::float4`)} from ${materials} where ${visible} and ${where}`;
    const lexical = sql`select ${columns(match.lexicalRank)} from ${materials} where ${visible} and ${match.lexical} and ${where}`;
    if (!match.typo) return lexical;
    return sql`${lexical}
      union all
      select ${columns(match.typoRank)} from ${materials}
      where not exists (select 1 from ${materials} where ${visible} and ${match.lexical}) and ${visible} and ${match.typo} and ${where}`;
  };
}

type Matching = ReturnType<typeof matching>;

/** Every word's prefix term, joined by && or ||; a stop word ("для", "по") is left out, as the dictionary leaves it out of documents. */
function prefixQuery(words: string[], operator: " && " | " || "): SQL {
  const terms = words.map(
    // An empty tsquery is ignored by && and ||.
    (word) => sql`(case when numnode(plainto_tsquery('russian'::regconfig, ${word}::text)) = 0 then ''::tsquery
      else to_tsquery('simple'::regconfig, ${prefixTerm(word)}::text) end)`,
  );
  return sql`(${sql.join(terms, sql.raw(operator))})`;
}

/** The query's words to look for and those excluded ("-word" in websearch syntax), folded as `search_text` is; "or" is an operator, not a word. */
export function queryWords(q: string): { words: string[]; excluded: string[] } {
  const tokens = foldText(q).split(" ");
  const lettersOf = (token: string) => token.match(/[\p{L}\p{N}]+/gu) ?? [];
  return {
    words: tokens.filter((t) => !t.startsWith("-") && t !== "or").flatMap(lettersOf),
    excluded: tokens.filter((t) => t.startsWith("-")).flatMap(lettersOf),
  };
}

/**
 * A word's first letters as a prefix of the stems in documents. Russian endings are at most three
 * letters, and the stemmer cuts base forms that look inflected shorter still ("материал" → материа),
 * so all but the last three letters (at least four) are kept; numbers and words of one or two
 * letters match whole.
 */
export function prefixTerm(word: string): string {
  if (/^\p{N}+$/u.test(word) || word.length < 3) return word;
  if (word.length <= 4) return `${word}:*`;
  return `${word.slice(0, Math.max(4, word.length - 3))}:*`;
}

const columns = { kind: "kind", subject: "subjects", level: "levels", theme: "themes", community: "community_id", licence: "licence" } as const;

/** The filters of every facet but `except`, over the `materials` table or the match `m`. */
function filtersExcept(table: "materials" | "m", filters: SearchQuery, except?: SearchFacet): SQL {
  const parts: SQL[] = [sql`true`];
  for (const facet of Object.keys(columns) as SearchFacet[]) {
    const values = filters[facet];
    if (facet === except || values.length === 0) continue;
    const column = sql.raw(`${table}.${columns[facet]}`);
    const list = sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    );
    if (facet === "subject" || facet === "level" || facet === "theme") parts.push(sql`${column} && array[${list}]::text[]`);
    else if (facet === "community") parts.push(sql`${column} = any(array[${list}]::uuid[])`);
    else parts.push(sql`${column}::text = any(array[${list}]::text[])`);
  }
  return sql.join(parts, sql` and `);
}

/** Which grouping set a row of the facet statement belongs to: grouping() over the six columns, a bit set for each one not grouped by. */
const groupingSets = { total: 63, kind: 31, licence: 47, community: 55, subject: 59, level: 61, theme: 62 } as const;

type FacetRow = {
  set: number;
  kind: MaterialKind | null;
  licence: MaterialLicence | null;
  community_id: string | null;
  community_name: string | null;
  subjects: Subject[] | null;
  levels: EducationLevel[] | null;
  themes: PriorityTheme[] | null;
  total: number;
  by_kind: number;
  by_licence: number;
  by_community: number;
  by_subject: number;
  by_level: number;
  by_theme: number;
};

/**
 * The total and every facet in one statement and one pass over the match: grouping sets, one per
 * facet, each counting with the other facets' filters (FILTER), the array columns grouped by their
 * whole value (few distinct ones) and unnested here.
 */
async function countFacets(ex: Executor, found: Matching, filters: SearchQuery): Promise<{ total: number; facets: SearchFacets }> {
  const passes = (except?: SearchFacet) => sql`count(*) filter (where ${filtersExcept("m", filters, except)})::int`;
  const result = (await ex.execute(sql`
    select g.*, fc.name as community_name
    from (
      select grouping(m.kind, m.licence, m.community_id, m.subjects, m.levels, m.themes)::int as set,
        m.kind, m.licence, m.community_id, m.subjects, m.levels, m.themes,
        ${passes()} as total, ${passes("kind")} as by_kind, ${passes("licence")} as by_licence, ${passes("community")} as by_community,
        ${passes("subject")} as by_subject, ${passes("level")} as by_level, ${passes("theme")} as by_theme
      from (${found(
        () => sql`${materials.kind} as kind, ${materials.subjects} as subjects, ${materials.levels} as levels, ${materials.themes} as themes,
          ${materials.communityId} as community_id, ${materials.licence} as licence`,
      )}) as m
      group by grouping sets ((), (m.kind), (m.licence), (m.community_id), (m.subjects), (m.levels), (m.themes))
    ) as g
    left join communities fc on fc.id = g.community_id and g.set = ${groupingSets.community}
  `)) as unknown as { rows: FacetRow[] };

  const tally = new Map<string, number>();
  const add = (facet: string, code: string, n: number) => {
    if (n > 0) tally.set(`${facet}:${code}`, (tally.get(`${facet}:${code}`) ?? 0) + n);
  };
  const names = new Map<string, string>();
  let total = 0;
  for (const row of result.rows) {
    if (row.set === groupingSets.total) total = Number(row.total);
    else if (row.set === groupingSets.kind) add("kind", row.kind!, Number(row.by_kind));
    else if (row.set === groupingSets.licence) add("licence", row.licence!, Number(row.by_licence));
    else if (row.set === groupingSets.community && row.community_id) {
      add("community", row.community_id, Number(row.by_community));
      names.set(row.community_id, row.community_name ?? "");
    } else if (row.set === groupingSets.subject) for (const code of row.subjects!) add("subject", code, Number(row.by_subject));
    else if (row.set === groupingSets.level) for (const code of row.levels!) add("level", code, Number(row.by_level));
    else if (row.set === groupingSets.theme) for (const code of row.themes!) add("theme", code, Number(row.by_theme));
  }
  const facets: SearchFacets = { kind: [], subject: [], level: [], theme: [], community: [], licence: [] };
  for (const [key, count] of tally) {
    const [facet, code] = key.split(":") as [SearchFacet, string];
    if (facet === "community") facets.community.push({ id: code, name: names.get(code) ?? "", count });
    else (facets[facet] as FacetCount<string>[]).push({ code, count });
  }
  for (const key of ["kind", "subject", "level", "theme", "licence"] as const) {
    (facets[key] as FacetCount<string>[]).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }
  facets.community.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "ru"));
  return { total, facets };
}

type ItemRow = {
  id: string;
  title: string;
  abstract: string;
  kind: MaterialKind;
  subjects: Subject[];
  levels: EducationLevel[];
  published_at: Date | string;
  view_count: number;
  download_count: number;
  rating_count: number;
  rating_sum: number;
  community_name: string | null;
};

async function pageOfItems(ex: Executor, found: Matching, filters: SearchQuery, page: number): Promise<SearchItem[]> {
  const newest = sql`hit.published_at desc, hit.id desc`;
  const order =
    filters.sort === "demand"
      ? sql`(hit.view_count + 3 * hit.download_count) desc, ${newest}`
      : filters.sort === "relevance" && filters.q !== ""
        ? sql`hit.rank desc, ${newest}`
        : newest;
  const hits = found(
    (rank) => sql`${materials.id} as id, ${materials.title} as title, ${materials.abstract} as abstract, ${materials.kind} as kind,
      ${materials.subjects} as subjects, ${materials.levels} as levels, ${materials.publishedAt} as published_at,
      ${materials.viewCount} as view_count, ${materials.downloadCount} as download_count,
      ${materials.ratingCount} as rating_count, ${materials.ratingSum} as rating_sum, ${materials.communityId} as community_id, ${rank} as rank`,
    filtersExcept("materials", filters),
  );
  const result = (await ex.execute(sql`
    select hit.*, ic.name as community_name
    from (${hits}) as hit left join communities ic on ic.id = hit.community_id
    order by ${order}
    limit ${searchPageSize} offset ${(page - 1) * searchPageSize}
  `)) as unknown as { rows: ItemRow[] };
  return result.rows.map((r) => ({
    id: r.id,
    title: r.title,
    excerpt: excerpt(r.abstract),
    kind: r.kind,
    subjects: r.subjects,
    levels: r.levels,
    publishedAt: new Date(r.published_at),
    viewCount: r.view_count,
    downloadCount: r.download_count,
    ratingAvg: r.rating_count > 0 ? Math.round((r.rating_sum / r.rating_count) * 10) / 10 : null,
    communityName: r.community_name,
  }));
}

/** The abstract cut at a word boundary, for a result card. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= excerptLength) return flat;
  const cut = flat.slice(0, excerptLength);
  const space = cut.lastIndexOf(" ");
  return `${(space > excerptLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:—-]+$/, "")}…`;
}
