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
// tags and authors for typos when neither finds the words. One statement per search (two for a
// typo, one more for sort=newest over a broad match), in one transaction with planner settings of
// their own (inSearchTransaction): it reads at most searchSampleSize + 1 matches, whatever their
// number, and gives the total, the facets and one page from them, exact when the match is no
// larger, estimated and marked `approximate` when it is ("broad": a common word, or no text).
// Measured over 200,000 materials by bench/materials-search.ts.

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

/**
 * `approximate`: the match was broad (over searchSampleSize): `total` and the facet counts are
 * estimates, and the pages reach only as far as the sample.
 */
export type SearchPage = { items: SearchItem[]; total: number; page: number; pageCount: number; facets: SearchFacets; approximate: boolean };

/** Weights of D, C, B, A (—; body; tags, authors and abstract; title), as ts_rank_cd takes them (search_head holds A and B only). */
const rankWeights = sql.raw(`'{0.1, 0.2, 0.4, 1.0}'::float4[]`);
const excerptLength = 220;

/**
 * How many matches a search reads at most (see searchStatement): up to this many, totals and
 * facets are exact; past it the search is "broad" and they are estimated from these rows.
 */
export const searchSampleSize = 2000;

export async function searchMaterials({ viewer, query, sampleSize = searchSampleSize }: { viewer: Actor | null; query: unknown; sampleSize?: number }): Promise<Result<SearchPage>> {
  const parsed = searchQuerySchema.safeParse(query ?? {});
  if (!parsed.success) return fromZod(parsed.error);
  const filters = parsed.data;
  const visible = publishedVisibleTo(viewer?.id ?? null);
  const match = textMatch(filters.q);
  return ok(
    await inSearchTransaction(async (tx) => {
      let found = matching(visible, match, "words");
      let result = await runSearch(tx, found, filters, sampleSize);
      // Typos are looked for only when the words match nothing visible, whatever the filters.
      if (result.sampled === 0 && match?.typo) {
        found = matching(visible, match, "typo");
        result = await runSearch(tx, found, filters, sampleSize);
      }
      const { total, facets, approximate } = result;
      // A broad search pages through its sample only (the first 100 pages of a very common word).
      const shown = Math.min(result.passing, sampleSize);
      const pageCount = Math.max(1, Math.ceil(shown / searchPageSize));
      const page = Math.min(filters.page, pageCount);
      let items = result.items.slice(0, Math.max(0, shown - (page - 1) * searchPageSize));
      // Newest first (sort=newest, or no text) over a broad match walks materials_status_published_idx
      // with the match as a filter, stopping at the page: the exact order at bounded cost.
      const newestFirst = filters.sort === "newest" || (filters.sort === "relevance" && filters.q === "");
      if (approximate && newestFirst && shown > 0) items = await pageOfItems(tx, found, filters, page);
      return { items, total, page, pageCount, facets, approximate };
    }),
  );
}

/**
 * Runs a search's statements in one read transaction with planner settings of their own: no JIT (it
 * compiles for longer than these statements run); no sequential scan of materials, which the planner
 * prices as cheap for a common word but which decompresses every row's search_vector from TOAST,
 * where a bitmap over the GIN index reads none; work_mem enough for that bitmap to stay exact; and
 * no parallel workers, which would cost more than these statements and read a bitmap out of order
 * (searchStatement relies on the physical order).
 */
export async function inSearchTransaction<T>(run: (tx: Executor) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('jit', 'off', true), set_config('enable_seqscan', 'off', true), set_config('work_mem', '32MB', true), set_config('max_parallel_workers_per_gather', '0', true)`);
    return run(tx);
  });
}

/**
 * The statements a search runs, unexecuted, for bench/materials-search.ts (run them through
 * inSearchTransaction): the search statement (facets, total and the first page) and a bare count(*)
 * of the same capped match, the floor of BENCH.md benchmark 5.
 */
export async function searchStatements(
  tx: Executor,
  { viewerId, query, sampleSize = searchSampleSize }: { viewerId: string | null; query: unknown; sampleSize?: number },
): Promise<{ search: SQL; count: SQL }> {
  const filters = searchQuerySchema.parse(query ?? {});
  const visible = publishedVisibleTo(viewerId);
  const match = textMatch(filters.q);
  let found = matching(visible, match, "words");
  const count = (f: Matching) =>
    sql`with found as materialized (${f(() => sql`1 as one`)}) select count(*)::int as n from (select 1 from found limit ${sampleSize + 1}) as m`;
  if (match?.typo) {
    const words = (await tx.execute(count(found))) as unknown as { rows: { n: number }[] };
    if (words.rows[0]!.n === 0) found = matching(visible, match, "typo");
  }
  return { search: searchStatement(found, filters, 1, sampleSize), count: count(found) };
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
    // One tsquery, one pass over the GIN index.
    lexical: sql`(${vector} @@ (${stems} || ${prefixes})${allowed})`,
    // Ranked by the title, tags, authors and abstract (search_head, small and kept in the row); a
    // match in the body alone ranks 0, after them, newest first.
    lexicalRank: sql`ts_rank_cd(${rankWeights}, ${materials.searchHead}, ${stems} || ${prefixes}, 1)`,
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
 * `select <columns>` of the visible materials the text matches, each with its rank: with "words",
 * those the dictionary or the prefixes match; with "typo" (the fallback when the words match
 * nothing), those whose title, tags or authors are a typo away, so that a search that found what
 * was typed gets no near-misses.
 */
function matching(visible: SQL, match: TextMatch | null, branch: "words" | "typo"): (columns: (rank: SQL) => SQL, where?: SQL) => SQL {
  return (columns, where = sql`true`) => {
    if (!match) return sql`select ${columns(sql`0::float4`)} from ${materials} where ${visible} and ${where}`;
    if (branch === "typo" && match.typo) return sql`select ${columns(match.typoRank)} from ${materials} where ${visible} and ${match.typo} and ${where}`;
    return sql`select ${columns(match.lexicalRank)} from ${materials} where ${visible} and ${match.lexical} and ${where}`;
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


/**
 * A search's one statement (the typo fallback runs it twice): the first `sampleSize + 1` visible
 * matches, read from the index bitmap in the table's physical order (GIN indexes give bitmaps only;
 * the match is planned in a CTE of its own so that the LIMIT does not tempt the planner into walking
 * another index and reading every row's search_vector from TOAST); over those rows, the total and
 * every facet (grouping sets, one per facet, each counting with the other facets' filters, the array
 * columns grouped by their whole value and unnested in countFacets) and the page, ranked among
 * them. When the limit is not reached the rows are the whole match and every figure is exact;
 * otherwise ("broad", a common word) the work stays bounded and the caller scales the counts.
 */
function searchStatement(found: Matching, filters: SearchQuery, page: number, sampleSize: number): SQL {
  const passes = (except?: SearchFacet) => sql`count(*) filter (where ${filtersExcept("m", filters, except)})::int`;
  const newest = sql`m.published_at desc, m.id desc`;
  const order =
    filters.sort === "demand" ? sql`m.demand desc, ${newest}` : filters.sort === "relevance" && filters.q !== "" ? sql`m.rank desc, ${newest}` : newest;
  const passing = sql`(select count(*) from m where ${filtersExcept("m", filters)})`;
  const lastPage = sql`greatest(1, ceil(least(${passing}, ${sampleSize})::numeric / ${searchPageSize})::int)`;
  return sql`
    with found as materialized (${found(
      (rank) => sql`${materials.id} as id, ${materials.kind} as kind, ${materials.subjects} as subjects, ${materials.levels} as levels,
        ${materials.themes} as themes, ${materials.communityId} as community_id, ${materials.licence} as licence,
        ${materials.publishedAt} as published_at, ${materials.viewCount} + 3 * ${materials.downloadCount} as demand, ${rank} as rank,
        (materials.ctid::text::point)[0]::int as block`,
    )}),
    m as materialized (select * from found limit ${sampleSize + 1}),
    g as (
      select grouping(m.kind, m.licence, m.community_id, m.subjects, m.levels, m.themes)::int as set,
        m.kind, m.licence, m.community_id, m.subjects, m.levels, m.themes,
        count(*)::int as matched, ${passes()} as total, ${passes("kind")} as by_kind, ${passes("licence")} as by_licence, ${passes("community")} as by_community,
        ${passes("subject")} as by_subject, ${passes("level")} as by_level, ${passes("theme")} as by_theme
      from m
      group by grouping sets ((), (m.kind), (m.licence), (m.community_id), (m.subjects), (m.levels), (m.themes))
    ),
    hit as (
      select m.id, row_number() over (order by ${order}) as position
      from m where ${filtersExcept("m", filters)}
      order by ${order}
      limit ${searchPageSize} offset (least(${page}::int, ${lastPage}) - 1) * ${searchPageSize}
    )
    select (select count(*)::int from m) as sampled, ${passing}::int as passing,
      (select coalesce(max(m.block), 0) from m)::int as last_block,
      (pg_relation_size('materials') / current_setting('block_size')::int)::int as pages,
      (select coalesce(json_agg(f), '[]') from (select g.*, fc.name as community_name from g left join communities fc on fc.id = g.community_id and g.set = ${groupingSets.community}) as f) as facets,
      (select coalesce(json_agg(json_build_object('id', i.id, 'title', i.title, 'abstract', i.abstract, 'kind', i.kind, 'subjects', i.subjects,
          'levels', i.levels, 'published_at', i.published_at, 'view_count', i.view_count, 'download_count', i.download_count,
          'rating_count', i.rating_count, 'rating_sum', i.rating_sum, 'community_name', ic.name) order by hit.position), '[]')
        from hit join materials i on i.id = hit.id left join communities ic on ic.id = i.community_id) as items
  `;
}

type SearchRow = { sampled: number; passing: number; last_block: number; pages: number; facets: FacetRow[]; items: ItemRow[] };

type SearchResult = { sampled: number; passing: number; total: number; approximate: boolean; facets: SearchFacets; items: SearchItem[] };

/**
 * Runs searchStatement. A broad match's total is estimated from how far into the table its sample
 * reached: the bitmap is read in physical order, so `sampled` rows found in the first `last_block + 1`
 * of `pages` blocks suggest sampled × pages ÷ (last_block + 1) matches in all (matches are spread
 * over the table as materials are written over time). The total and the facet counts are the
 * sample's, scaled by that estimate ÷ the sample.
 */
async function runSearch(ex: Executor, found: Matching, filters: SearchQuery, sampleSize: number): Promise<SearchResult> {
  const result = (await ex.execute(searchStatement(found, filters, filters.page, sampleSize))) as unknown as { rows: SearchRow[] };
  const row = result.rows[0]!;
  const sampled = Number(row.sampled);
  const approximate = sampled > sampleSize;
  const scale = approximate ? Math.max(1, Number(row.pages) / (Number(row.last_block) + 1)) : 1;
  const { total, facets } = countFacets(row.facets, scale);
  return { sampled, passing: Number(row.passing), total, approximate, facets, items: row.items.map(toItem) };
}

type FacetRow = {
  set: number;
  kind: MaterialKind | null;
  licence: MaterialLicence | null;
  community_id: string | null;
  community_name: string | null;
  subjects: Subject[] | null;
  levels: EducationLevel[] | null;
  themes: PriorityTheme[] | null;
  matched: number;
  total: number;
  by_kind: number;
  by_licence: number;
  by_community: number;
  by_subject: number;
  by_level: number;
  by_theme: number;
};

/** The total and facets from the statement's grouping-set rows, each count multiplied by `scale` (1 when exact). */
function countFacets(rows: FacetRow[], scale: number): { total: number; facets: SearchFacets } {
  // An estimate keeps two significant digits (99 320 → «about 99 000»).
  const scaled = (n: number) => (scale === 1 ? n : roundEstimate(n * scale));
  const tally = new Map<string, number>();
  const add = (facet: string, code: string, n: number) => {
    if (n > 0) tally.set(`${facet}:${code}`, (tally.get(`${facet}:${code}`) ?? 0) + n);
  };
  const names = new Map<string, string>();
  let total = 0;
  for (const row of rows) {
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
  for (const [key, n] of tally) {
    const [facet, code] = key.split(":") as [SearchFacet, string];
    const count = scaled(n);
    if (facet === "community") facets.community.push({ id: code, name: names.get(code) ?? "", count });
    else (facets[facet] as FacetCount<string>[]).push({ code, count });
  }
  for (const key of ["kind", "subject", "level", "theme", "licence"] as const) {
    (facets[key] as FacetCount<string>[]).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }
  facets.community.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "ru"));
  return { total: scaled(total), facets };
}

/** Two significant digits (n ≥ 100), never below 1 for a count seen in the sample. */
export function roundEstimate(n: number): number {
  if (n < 100) return Math.max(1, Math.round(n));
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
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

function itemsStatement(found: Matching, filters: SearchQuery, page: number): SQL {
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
  return sql`
    select hit.*, ic.name as community_name
    from (${hits}) as hit left join communities ic on ic.id = hit.community_id
    order by ${order}
    limit ${searchPageSize} offset ${(page - 1) * searchPageSize}
  `;
}

async function pageOfItems(ex: Executor, found: Matching, filters: SearchQuery, page: number): Promise<SearchItem[]> {
  const result = (await ex.execute(itemsStatement(found, filters, page))) as unknown as { rows: ItemRow[] };
  return result.rows.map(toItem);
}

function toItem(r: ItemRow): SearchItem {
  return {
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
  };
}

/** The abstract cut at a word boundary, for a result card. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= excerptLength) return flat;
  const cut = flat.slice(0, excerptLength);
  const space = cut.lastIndexOf(" ");
  return `${(space > excerptLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:—-]+$/, "")}…`;
}
