import { sql } from "drizzle-orm";
import { boolean, check, customType, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { demandKinds, materialFileKinds, materialKinds, materialLicences, materialStatuses, reviewStatuses, reviewVerdicts } from "@/lib/reference/materials";
import { users } from "./accounts";
import { communities } from "./communities";
import { organizations } from "./organizations";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const materialKind = pgEnum("material_kind", materialKinds);
export const materialLicence = pgEnum("material_licence", materialLicences);
export const materialStatus = pgEnum("material_status", materialStatuses);
export const reviewVerdict = pgEnum("review_verdict", reviewVerdicts);
export const reviewStatus = pgEnum("review_status", reviewStatuses);
export const materialFileKind = pgEnum("material_file_kind", materialFileKinds);
export const demandKind = pgEnum("demand_kind", demandKinds);

export const materials = pgTable(
  "materials",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: materialKind().notNull(),
    title: text().notNull(),
    abstract: text().notNull(),
    // Markdown, rendered through lib/markdown (sanitized).
    body: text().notNull().default(""),
    subjects: text().array().notNull().default(sql`'{}'::text[]`),
    levels: text().array().notNull().default(sql`'{}'::text[]`),
    themes: text().array().notNull().default(sql`'{}'::text[]`),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    licence: materialLicence().notNull(),
    organizationId: uuid().references(() => organizations.id, { onDelete: "set null" }),
    // Optional: a material published in a members-only community is visible to its members only.
    communityId: uuid().references(() => communities.id, { onDelete: "set null" }),
    // Who submitted it and answers for it; co-authors are in material_authors.
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    status: materialStatus().notNull().default("draft"),
    // Experts do not see the authors.
    blindReview: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    submittedAt: timestamp({ withTimezone: true }),
    publishedAt: timestamp({ withTimezone: true }),
    moderatedAt: timestamp({ withTimezone: true }),
    moderatedById: uuid().references(() => users.id, { onDelete: "set null" }),
    moderationReason: text(),
    // Demand and ratings, kept on the row for sorting (material_demand and material_ratings are the truth).
    viewCount: integer().notNull().default(0),
    downloadCount: integer().notNull().default(0),
    ratingCount: integer().notNull().default(0),
    ratingSum: integer().notNull().default(0),
    // Russian full-text document (title A; tags and authors B; abstract B; body C), written with the row.
    searchVector: tsvector().notNull().default(sql`''::tsvector`),
    // Title, tags and authors as plain lower-case text: the trigram fallback for typos and odd stems.
    searchText: text().notNull().default(""),
    // What ranks a match: the title, tags, authors and abstract of search_vector (weights A and B), kept
    // inline (storage MAIN, 0005) so that ranking thousands of matches does not read the body's TOAST.
    searchHead: tsvector()
      .notNull()
      .generatedAlwaysAs(sql`ts_filter(search_vector, '{a,b}'::"char"[])`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("materials_status_published_idx").on(t.status, t.publishedAt),
    index("materials_owner_idx").on(t.ownerId, t.updatedAt),
    index("materials_community_idx").on(t.communityId, t.status),
    // Search reads published rows only (lib/materials/search.ts).
    index("materials_published_search_idx").using("gin", t.searchVector).where(sql`${t.status} = 'published'`),
    index("materials_published_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`).where(sql`${t.status} = 'published'`),
    index("materials_subjects_idx").using("gin", t.subjects),
    index("materials_levels_idx").using("gin", t.levels),
    index("materials_themes_idx").using("gin", t.themes),
    check("materials_rating_sane", sql`${t.ratingCount} >= 0 and ${t.ratingSum} between ${t.ratingCount} and 5 * ${t.ratingCount}`),
  ],
);

/** Authors in order: registered users, or named outside authors (no account). */
export const materialAuthors = pgTable(
  "material_authors",
  {
    id: uuid().primaryKey().defaultRandom(),
    materialId: uuid()
      .notNull()
      .references(() => materials.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    name: text().notNull(),
  },
  (t) => [uniqueIndex("material_authors_position_key").on(t.materialId, t.position), index("material_authors_user_idx").on(t.userId)],
);

/** Every submitted version, kept so earlier ones can be read and compared. */
export const materialVersions = pgTable(
  "material_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    materialId: uuid()
      .notNull()
      .references(() => materials.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    title: text().notNull(),
    abstract: text().notNull(),
    body: text().notNull(),
    // Kind, subjects, levels, themes, tags, licence, authors and file names as they were.
    metadata: jsonb().$type<Record<string, unknown>>().notNull(),
    // What the author says changed (on a resubmission).
    note: text().notNull().default(""),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("material_versions_number_key").on(t.materialId, t.number)],
);

export const materialFiles = pgTable(
  "material_files",
  {
    id: uuid().primaryKey().defaultRandom(),
    materialId: uuid()
      .notNull()
      .references(() => materials.id, { onDelete: "cascade" }),
    // Generated storage key (lib/files): never a user-supplied path.
    storageKey: text().notNull(),
    previewKey: text(),
    name: text().notNull(),
    contentType: text().notNull(),
    kind: materialFileKind().notNull(),
    size: integer().notNull(),
    uploadedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Detached from the material; kept while an earlier version lists it.
    removedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("material_files_material_idx").on(t.materialId, t.createdAt), uniqueIndex("material_files_key").on(t.storageKey)],
);

/** External videos on allow-listed hosts (VK Video, Rutube, YouTube), embedded safely. */
export const materialLinks = pgTable(
  "material_links",
  {
    id: uuid().primaryKey().defaultRandom(),
    materialId: uuid()
      .notNull()
      .references(() => materials.id, { onDelete: "cascade" }),
    url: text().notNull(),
    host: text().notNull(),
    title: text().notNull().default(""),
    position: smallint().notNull(),
  },
  (t) => [index("material_links_material_idx").on(t.materialId)],
);

/** The expert-review rubric, configured by administrators; each criterion scored 0–3 with a comment. */
export const reviewCriteria = pgTable(
  "review_criteria",
  {
    id: uuid().primaryKey().defaultRandom(),
    position: smallint().notNull(),
    nameRu: text().notNull(),
    nameEn: text().notNull(),
    active: boolean().notNull().default(true),
  },
  (t) => [index("review_criteria_position_idx").on(t.position)],
);

export type ReviewScore = { criterionId: string; name: string; score: number; comment: string };

/** One expert's review of one version: assigned (by a leader, methodist or administrator, or taken from the queue) and done with a verdict. */
export const materialReviews = pgTable(
  "material_reviews",
  {
    id: uuid().primaryKey().defaultRandom(),
    materialId: uuid()
      .notNull()
      .references(() => materials.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    expertId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    // Null when the expert took it from the open queue.
    assignedById: uuid().references(() => users.id, { onDelete: "set null" }),
    status: reviewStatus().notNull().default("assigned"),
    scores: jsonb().$type<ReviewScore[]>(),
    verdict: reviewVerdict(),
    summary: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("material_reviews_material_idx").on(t.materialId, t.version),
    index("material_reviews_expert_idx").on(t.expertId, t.status),
    // One open review per expert and version.
    uniqueIndex("material_reviews_open_key").on(t.materialId, t.version, t.expertId).where(sql`${t.status} <> 'withdrawn'`),
  ],
);

/** One rating per user and material, changeable. */
export const materialRatings = pgTable(
  "material_ratings",
  {
    materialId: uuid()
      .notNull()
      .references(() => materials.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    score: smallint().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.materialId, t.userId] }), check("material_ratings_score", sql`${t.score} between 1 and 5`)],
);

/** How a colleague used a material: class, context, result. */
export const materialExperiences = pgTable(
  "material_experiences",
  {
    id: uuid().primaryKey().defaultRandom(),
    materialId: uuid()
      .notNull()
      .references(() => materials.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    grade: text().notNull(),
    context: text().notNull(),
    result: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("material_experiences_material_idx").on(t.materialId, t.createdAt)],
);

/** Personal or public collections of materials; "favourites" is each user's own list. */
export const materialCollections = pgTable(
  "material_collections",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text().notNull(),
    description: text().notNull().default(""),
    public: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("material_collections_owner_idx").on(t.ownerId)],
);

export const materialCollectionItems = pgTable(
  "material_collection_items",
  {
    collectionId: uuid()
      .notNull()
      .references(() => materialCollections.id, { onDelete: "cascade" }),
    materialId: uuid()
      .notNull()
      .references(() => materials.id, { onDelete: "cascade" }),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.collectionId, t.materialId] }), index("material_collection_items_material_idx").on(t.materialId)],
);

export const materialFavourites = pgTable(
  "material_favourites",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    materialId: uuid()
      .notNull()
      .references(() => materials.id, { onDelete: "cascade" }),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.materialId] }), index("material_favourites_material_idx").on(t.materialId)],
);

/** Views and downloads, once per visitor (user id or anonymous visitor id) per material and day. */
export const materialDemand = pgTable(
  "material_demand",
  {
    materialId: uuid()
      .notNull()
      .references(() => materials.id, { onDelete: "cascade" }),
    kind: demandKind().notNull(),
    visitor: text().notNull(),
    day: date({ mode: "string" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.materialId, t.kind, t.visitor, t.day] })],
);

export type Material = typeof materials.$inferSelect;
export type MaterialCollection = typeof materialCollections.$inferSelect;
