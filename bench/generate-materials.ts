import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import pg from "pg";
import { markdownToText, searchPeople, searchTextOf, searchVectorOf } from "@/lib/materials/search-document";
import { currentStamp, databaseUrl, describeGenerated, describeRows, generate, type GeneratorOptions } from "./generate";
import { Corpus, type CorpusCommunity, type CorpusUser } from "./materials-corpus";

// The data of the materials-search benchmarks: `npx tsx bench/generate-materials.ts [--materials
// 200000] [--scale 0.2] [--seed 1] [--database metodset_bench_search] [--reuse]`. Builds the
// communities, users and posts of bench/generate.ts at `scale` (0.2: 200 communities, 20,000
// users) in its own database on the PostgreSQL server, then the materials of
// bench/materials-corpus.ts in batched INSERT … SELECT FROM unnest(…) statements, with
// search_vector and search_text computed exactly as the app writes them (lib/materials/search-
// document.ts), the secondary indexes dropped while loading and rebuilt after.

export type MaterialsData = { database: string; url: string; seed: number; materials: number; reused: boolean; baseMs: number; materialsMs: number; indexMs: number; rows: Record<string, number> };

const batchSize = 2_000;
const anchorMs = Date.UTC(2026, 4, 1);

export async function generateMaterials({
  database = "metodset_bench_search",
  seed = 1,
  materials = 200_000,
  scale = 0.2,
  reuse = false,
  log = (line: string) => console.log(line),
}: GeneratorOptions & { materials?: number }): Promise<MaterialsData> {
  const url = databaseUrl(database);
  const stamp = `metodset materials bench v2 seed=${seed} materials=${materials} scale=${scale}`;
  if (reuse && (await currentStamp(database)) === stamp) {
    return { database, url, seed, materials, reused: true, baseMs: 0, materialsMs: 0, indexMs: 0, rows: await counts(url) };
  }

  let t = performance.now();
  const base = await generate({ target: { kind: "server", database }, scale, seed });
  const baseMs = Math.round(performance.now() - t);
  log(`base data ${describeGenerated(base)}`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("set synchronous_commit = off");
    await client.query("set maintenance_work_mem = '256MB'");
    const users = (await client.query<CorpusUser>(`select id, full_name as name, organization_id as "organizationId" from users order by email`)).rows;
    const communities = (
      await client.query<CorpusCommunity>(`select id, visibility = 'members' as members from communities where liquidated_at is null order by creation_order_number`)
    ).rows;
    const corpus = new Corpus(seed, materials, users, communities, anchorMs);

    // Secondary indexes go while loading and come back, as the migrations defined them, after.
    const indexes = (
      await client.query<{ name: string; def: string }>(
        `select indexname as name, indexdef as def from pg_indexes where schemaname = 'public' and tablename = 'materials' and indexname not like '%_pkey'`,
      )
    ).rows;
    for (const index of indexes) await client.query(`drop index "${index.name}"`);

    // Two writers (the machine has two cores): each batch goes to the one that finished first.
    const writers = [client, new pg.Client({ connectionString: url })];
    await writers[1]!.connect();
    for (const writer of writers) await writer.query("set synchronous_commit = off; set session_replication_role = replica");

    t = performance.now();
    const insertMaterials = materialsInsert();
    const insertAuthors = `insert into material_authors (material_id, position, user_id, name)
      select * from unnest($1::uuid[], $2::smallint[], $3::uuid[], $4::text[])`;
    const pending: Promise<unknown>[] = writers.map(() => Promise.resolve());
    for (let from = 0; from < materials; from += batchSize) {
      const rows = Array.from({ length: Math.min(batchSize, materials - from) }, (_, k) => corpus.row(from + k));
      const column = <T>(f: (row: (typeof rows)[number]) => T) => rows.map(f);
      const names = (row: (typeof rows)[number]) => [row.owner.name, ...(row.coAuthor ? [row.coAuthor.name] : [])];
      const list = (values: string[]) => values.join("\u001f");
      const materialParams = [
        column((r) => r.id),
        column((r) => r.kind),
        column((r) => r.title),
        column((r) => r.abstract),
        column((r) => r.body),
        column((r) => markdownToText(r.body)),
        column((r) => searchPeople(r.tags, names(r))),
        column((r) => list(r.subjects)),
        column((r) => list(r.levels)),
        column((r) => list(r.themes)),
        column((r) => list(r.tags)),
        column((r) => r.licence),
        column((r) => r.organizationId),
        column((r) => r.communityId),
        column((r) => r.owner.id),
        column((r) => r.status),
        column((r) => (r.status === "draft" ? null : new Date(r.createdAt.getTime() + 43_200_000))),
        column((r) => r.publishedAt),
        column((r) => r.createdAt),
        column((r) => r.viewCount),
        column((r) => r.downloadCount),
        column((r) => r.ratingCount),
        column((r) => r.ratingSum),
        column((r) => searchTextOf(r.title, r.tags, names(r))),
      ];
      const authors = rows.flatMap((r) => [
        [r.id, 0, r.owner.id, r.owner.name] as const,
        ...(r.coAuthor ? [[r.id, 1, r.coAuthor.id, r.coAuthor.name] as const] : []),
      ]);
      const authorParams = [0, 1, 2, 3].map((j) => authors.map((a) => a[j]));
      // The next batch is built while the server writes this one.
      const free = await Promise.race(pending.map((p, k) => p.then(() => k)));
      const writer = writers[free]!;
      pending[free] = Promise.all([writer.query(insertMaterials, materialParams), writer.query(insertAuthors, authorParams)]);
      if (process.env.BENCH_VERBOSE && from % 20_000 === 0) log(`  ${from} materials, ${Math.round(performance.now() - t)} ms`);
    }
    await Promise.all(pending);
    await writers[1]!.end();
    await client.query("set session_replication_role = origin");
    const materialsMs = Math.round(performance.now() - t);

    t = performance.now();
    for (const index of indexes) await client.query(index.def);
    await client.query("vacuum analyze materials");
    await client.query("vacuum analyze material_authors");
    const indexMs = Math.round(performance.now() - t);
    await client.query(`comment on database "${database}" is '${stamp}'`);
    return { database, url, seed, materials, reused: false, baseMs, materialsMs, indexMs, rows: await counts(url) };
  } finally {
    await client.end();
  }
}

/** INSERT … SELECT FROM unnest(…): one statement a batch, the search vector computed by the server from the same expression the app uses. */
function materialsInsert(): string {
  const u = (column: string) => sql.raw(`u.${column}`);
  const vector = new PgDialect().sqlToQuery(searchVectorOf({ title: u("title"), people: u("people"), abstract: u("abstract"), bodyText: u("body_text") }));
  if (vector.params.length > 0) throw new Error("bench: the search vector expression took parameters");
  const split = (column: string) => `case when u.${column} = '' then '{}'::text[] else string_to_array(u.${column}, chr(31)) end`;
  return `insert into materials (id, kind, title, abstract, body, subjects, levels, themes, tags, licence, organization_id, community_id, owner_id, status,
      submitted_at, published_at, moderated_at, created_at, updated_at, view_count, download_count, rating_count, rating_sum, search_vector, search_text)
    select u.id, u.kind::material_kind, u.title, u.abstract, u.body, ${split("subjects")}, ${split("levels")}, ${split("themes")}, ${split("tags")},
      u.licence::material_licence, u.organization_id, u.community_id, u.owner_id, u.status::material_status,
      u.submitted_at, u.published_at, u.published_at, u.created_at, coalesce(u.published_at, u.created_at), u.view_count, u.download_count, u.rating_count, u.rating_sum,
      ${vector.sql}, u.search_text
    from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
                $13::uuid[], $14::uuid[], $15::uuid[], $16::text[], $17::timestamptz[], $18::timestamptz[], $19::timestamptz[], $20::int[], $21::int[], $22::int[], $23::int[], $24::text[])
      as u(id, kind, title, abstract, body, body_text, people, subjects, levels, themes, tags, licence, organization_id, community_id, owner_id, status,
           submitted_at, published_at, created_at, view_count, download_count, rating_count, rating_sum, search_text)`;
}

async function counts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, number>>(`select
      (select count(*)::int from materials) as materials,
      (select count(*)::int from materials where status = 'published') as published,
      (select count(*)::int from materials m join communities c on c.id = m.community_id where c.visibility = 'members') as members_only,
      (select count(*)::int from material_authors) as authors,
      (select count(*)::int from communities) as communities,
      (select count(*)::int from users) as users`);
    return rows[0]!;
  } finally {
    await client.end();
  }
}

export function describeMaterials(d: MaterialsData): string {
  const time = d.reused
    ? "reused"
    : `generated in ${((d.baseMs + d.materialsMs + d.indexMs) / 1000).toFixed(1)} s (communities and users ${(d.baseMs / 1000).toFixed(1)} s, materials ${(d.materialsMs / 1000).toFixed(1)} s = ${Math.round(d.materials / (d.materialsMs / 1000)).toLocaleString("en-US")}/s, indexes and analyze ${(d.indexMs / 1000).toFixed(1)} s)`;
  return `${time}: PostgreSQL database ${d.database} (seed ${d.seed}): ${describeRows(d.rows)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: {
      materials: { type: "string", default: "200000" },
      scale: { type: "string", default: "0.2" },
      seed: { type: "string", default: "1" },
      database: { type: "string", default: "metodset_bench_search" },
      reuse: { type: "boolean", default: false },
    },
  });
  const data = await generateMaterials({ database: values.database, seed: Number(values.seed), materials: Number(values.materials), scale: Number(values.scale), reuse: values.reuse });
  console.log(describeMaterials(data));
}
