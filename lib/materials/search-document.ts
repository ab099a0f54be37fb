import { sql, type SQL } from "drizzle-orm";

// What a material is found by: written with the row on every create, update and submit, read by
// lib/materials/search.ts. Not server-only: the demo seed builds its rows with it too.

export type SearchSource = { title: string; abstract: string; body: string; tags: string[]; authors: string[] };

/** `materials.search_vector` (an SQL expression to insert or update with) and `materials.search_text`. */
export function searchColumns({ title, abstract, body, tags, authors }: SearchSource): { searchVector: SQL; searchText: string } {
  return {
    searchVector: searchVectorOf({ title, people: searchPeople(tags, authors), abstract, bodyText: markdownToText(body) }),
    searchText: searchTextOf(title, tags, authors),
  };
}

/** `materials.search_text`: title, tags and authors, folded. */
export function searchTextOf(title: string, tags: string[], authors: string[]): string {
  return foldText([title, ...tags, ...authors].join(" "));
}

/** Tags and authors as the one text of weight B. */
export function searchPeople(tags: string[], authors: string[]): string {
  return [...tags, ...authors].join(", ");
}

/**
 * The `search_vector` expression over a material's parts, each a value or an SQL expression (the
 * bench generator passes columns, to fill many rows in one statement); `bodyText` is
 * `markdownToText(body)`.
 */
export function searchVectorOf({ title, people, abstract, bodyText }: { title: string | SQL; people: string | SQL; abstract: string | SQL; bodyText: string | SQL }): SQL {
  return sql`(setweight(to_tsvector('russian'::regconfig, ${title}::text), 'A')
    || setweight(to_tsvector('russian'::regconfig, ${people}::text), 'B')
    || setweight(to_tsvector('russian'::regconfig, ${abstract}::text), 'B')
    || setweight(to_tsvector('russian'::regconfig, ${bodyText}::text), 'C'))`;
}

/** Lower case, ё as е, one space between words: how `search_text` is stored and how a query is compared with it. */
export function foldText(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

/** Markdown as plain words, cheaply: link targets, images' addresses, tags and markup characters go; the words stay. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>/g, " ")
    .replace(/&[a-z]+;|&#\d+;/gi, " ")
    .replace(/\b(?:https?|ftp):\/\/\S+/gi, " ")
    .replace(/^\s*(?:#{1,6}|>+|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/^[\s|:-]+$/gm, "")
    .replace(/[*_~`#|\\]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
