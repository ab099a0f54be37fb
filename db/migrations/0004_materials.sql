-- Trigram matching: the search fallback for typos and stems the Russian dictionary splits.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."demand_kind" AS ENUM('view', 'download');--> statement-breakpoint
CREATE TYPE "public"."material_file_kind" AS ENUM('document', 'image', 'video');--> statement-breakpoint
CREATE TYPE "public"."material_kind" AS ENUM('methodological_development', 'methodological_recommendations', 'lesson_plan', 'lesson_video', 'assessment_materials', 'evaluation_sheet', 'project', 'article', 'innovative_practice', 'program', 'presentation');--> statement-breakpoint
CREATE TYPE "public"."material_licence" AS ENUM('cc_by', 'cc_by_sa', 'cc_by_nd', 'cc_by_nc', 'cc_by_nc_sa', 'cc_by_nc_nd', 'network_only');--> statement-breakpoint
CREATE TYPE "public"."material_status" AS ENUM('draft', 'submitted', 'under_review', 'returned', 'published', 'rejected', 'unpublished', 'removed');--> statement-breakpoint
CREATE TYPE "public"."review_status" AS ENUM('assigned', 'done', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."review_verdict" AS ENUM('publish', 'return', 'reject');--> statement-breakpoint
CREATE TABLE "material_authors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"material_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "material_collection_items" (
	"collection_id" uuid NOT NULL,
	"material_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "material_collection_items_collection_id_material_id_pk" PRIMARY KEY("collection_id","material_id")
);
--> statement-breakpoint
CREATE TABLE "material_collections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "material_demand" (
	"material_id" uuid NOT NULL,
	"kind" "demand_kind" NOT NULL,
	"visitor" text NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "material_demand_material_id_kind_visitor_day_pk" PRIMARY KEY("material_id","kind","visitor","day")
);
--> statement-breakpoint
CREATE TABLE "material_experiences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"material_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"grade" text NOT NULL,
	"context" text NOT NULL,
	"result" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "material_favourites" (
	"user_id" uuid NOT NULL,
	"material_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "material_favourites_user_id_material_id_pk" PRIMARY KEY("user_id","material_id")
);
--> statement-breakpoint
CREATE TABLE "material_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"material_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"preview_key" text,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"kind" "material_file_kind" NOT NULL,
	"size" integer NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "material_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"material_id" uuid NOT NULL,
	"url" text NOT NULL,
	"host" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"position" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "material_ratings" (
	"material_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"score" smallint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "material_ratings_material_id_user_id_pk" PRIMARY KEY("material_id","user_id"),
	CONSTRAINT "material_ratings_score" CHECK ("material_ratings"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "material_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"material_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"expert_id" uuid NOT NULL,
	"assigned_by_id" uuid,
	"status" "review_status" DEFAULT 'assigned' NOT NULL,
	"scores" jsonb,
	"verdict" "review_verdict",
	"summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "material_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"material_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"abstract" text NOT NULL,
	"body" text NOT NULL,
	"metadata" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "material_kind" NOT NULL,
	"title" text NOT NULL,
	"abstract" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"subjects" text[] DEFAULT '{}'::text[] NOT NULL,
	"levels" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"licence" "material_licence" NOT NULL,
	"organization_id" uuid,
	"community_id" uuid,
	"owner_id" uuid NOT NULL,
	"status" "material_status" DEFAULT 'draft' NOT NULL,
	"blind_review" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"moderated_at" timestamp with time zone,
	"moderated_by_id" uuid,
	"moderation_reason" text,
	"view_count" integer DEFAULT 0 NOT NULL,
	"download_count" integer DEFAULT 0 NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"rating_sum" integer DEFAULT 0 NOT NULL,
	"search_vector" "tsvector" DEFAULT ''::tsvector NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "materials_rating_sane" CHECK ("materials"."rating_count" >= 0 and "materials"."rating_sum" between "materials"."rating_count" and 5 * "materials"."rating_count")
);
--> statement-breakpoint
CREATE TABLE "review_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"position" smallint NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
ALTER TABLE "material_authors" ADD CONSTRAINT "material_authors_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_authors" ADD CONSTRAINT "material_authors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_collection_items" ADD CONSTRAINT "material_collection_items_collection_id_material_collections_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."material_collections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_collection_items" ADD CONSTRAINT "material_collection_items_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_collections" ADD CONSTRAINT "material_collections_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_demand" ADD CONSTRAINT "material_demand_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_experiences" ADD CONSTRAINT "material_experiences_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_experiences" ADD CONSTRAINT "material_experiences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_favourites" ADD CONSTRAINT "material_favourites_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_favourites" ADD CONSTRAINT "material_favourites_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_files" ADD CONSTRAINT "material_files_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_files" ADD CONSTRAINT "material_files_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_links" ADD CONSTRAINT "material_links_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_ratings" ADD CONSTRAINT "material_ratings_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_ratings" ADD CONSTRAINT "material_ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_reviews" ADD CONSTRAINT "material_reviews_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_reviews" ADD CONSTRAINT "material_reviews_expert_id_users_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_reviews" ADD CONSTRAINT "material_reviews_assigned_by_id_users_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_versions" ADD CONSTRAINT "material_versions_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_versions" ADD CONSTRAINT "material_versions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_moderated_by_id_users_id_fk" FOREIGN KEY ("moderated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "material_authors_position_key" ON "material_authors" USING btree ("material_id","position");--> statement-breakpoint
CREATE INDEX "material_authors_user_idx" ON "material_authors" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "material_collection_items_material_idx" ON "material_collection_items" USING btree ("material_id");--> statement-breakpoint
CREATE INDEX "material_collections_owner_idx" ON "material_collections" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "material_experiences_material_idx" ON "material_experiences" USING btree ("material_id","created_at");--> statement-breakpoint
CREATE INDEX "material_favourites_material_idx" ON "material_favourites" USING btree ("material_id");--> statement-breakpoint
CREATE INDEX "material_files_material_idx" ON "material_files" USING btree ("material_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "material_files_key" ON "material_files" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "material_links_material_idx" ON "material_links" USING btree ("material_id");--> statement-breakpoint
CREATE INDEX "material_reviews_material_idx" ON "material_reviews" USING btree ("material_id","version");--> statement-breakpoint
CREATE INDEX "material_reviews_expert_idx" ON "material_reviews" USING btree ("expert_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "material_reviews_open_key" ON "material_reviews" USING btree ("material_id","version","expert_id") WHERE "material_reviews"."status" <> 'withdrawn';--> statement-breakpoint
CREATE UNIQUE INDEX "material_versions_number_key" ON "material_versions" USING btree ("material_id","number");--> statement-breakpoint
CREATE INDEX "materials_status_published_idx" ON "materials" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "materials_owner_idx" ON "materials" USING btree ("owner_id","updated_at");--> statement-breakpoint
CREATE INDEX "materials_community_idx" ON "materials" USING btree ("community_id","status");--> statement-breakpoint
CREATE INDEX "materials_search_idx" ON "materials" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "materials_search_trgm_idx" ON "materials" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "materials_subjects_idx" ON "materials" USING gin ("subjects");--> statement-breakpoint
CREATE INDEX "materials_levels_idx" ON "materials" USING gin ("levels");--> statement-breakpoint
CREATE INDEX "materials_themes_idx" ON "materials" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "review_criteria_position_idx" ON "review_criteria" USING btree ("position");--> statement-breakpoint
-- The default rubric (SPEC §5); administrators change it in the UI.
INSERT INTO "review_criteria" ("position", "name_ru", "name_en") VALUES
  (1, 'Актуальность', 'Relevance'),
  (2, 'Новизна', 'Novelty'),
  (3, 'Практическая значимость', 'Practical value'),
  (4, 'Методическое качество', 'Methodological quality'),
  (5, 'Оформление', 'Presentation');