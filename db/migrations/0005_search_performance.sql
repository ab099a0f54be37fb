-- Search over a large bank (bench/materials-search.ts): indexes over published rows only, and a small
-- inline vector to rank matches by.
DROP INDEX "materials_search_idx";--> statement-breakpoint
DROP INDEX "materials_search_trgm_idx";--> statement-breakpoint
ALTER TABLE "materials" ADD COLUMN "search_head" "tsvector" GENERATED ALWAYS AS (ts_filter(search_vector, '{a,b}'::"char"[])) STORED NOT NULL;--> statement-breakpoint
-- Kept in the row (compressed if need be), not in TOAST: search ranks every match by it.
ALTER TABLE "materials" ALTER COLUMN "search_head" SET STORAGE MAIN;--> statement-breakpoint
CREATE INDEX "materials_published_search_idx" ON "materials" USING gin ("search_vector") WHERE "materials"."status" = 'published';--> statement-breakpoint
CREATE INDEX "materials_published_search_trgm_idx" ON "materials" USING gin ("search_text" gin_trgm_ops) WHERE "materials"."status" = 'published';