import { z } from "zod";
import { priorityThemes } from "@/lib/reference/communities";
import { educationLevels, materialKinds, materialLicences } from "@/lib/reference/materials";
import { subjects } from "@/lib/reference/subjects";

// The search's URL parameters (?q=…&kind=…&kind=…&sort=…&page=…), shared by the search form and
// lib/materials/search.ts. Messages are keys of the common `errors` namespace.

export const searchPageSize = 20;
export const searchQueryMaxLength = 200;
export const searchSorts = ["relevance", "newest", "demand"] as const;
export type SearchSort = (typeof searchSorts)[number];

/** The facets, in the order a page shows them; each is also a URL parameter. */
export const searchFacets = ["kind", "subject", "level", "theme", "community", "licence"] as const;
export type SearchFacet = (typeof searchFacets)[number];

/** One value or a repeated parameter; "" (a select's placeholder) means no filter. */
const many = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => s !== ""), z.array(item, "invalid").max(max, "tooMany"))
    .transform((list) => [...new Set(list)]);

export const searchQuerySchema = z.object({
  q: z
    .string("invalid")
    .optional()
    .transform((s) => (s ?? "").trim())
    .pipe(z.string().max(searchQueryMaxLength, "tooLong")),
  kind: many(z.enum(materialKinds, "invalid"), materialKinds.length),
  subject: many(z.enum(subjects, "invalid"), subjects.length),
  level: many(z.enum(educationLevels, "invalid"), educationLevels.length),
  theme: many(z.enum(priorityThemes, "invalid"), priorityThemes.length),
  community: many(z.uuid("invalid"), 50),
  licence: many(z.enum(materialLicences, "invalid"), materialLicences.length),
  sort: z.enum(searchSorts, "invalid").default("relevance"),
  page: z.coerce.number("invalid").int("invalid").min(1, "invalid").max(10_000, "invalid").default(1),
});

export type SearchQueryInput = z.input<typeof searchQuerySchema>;
export type SearchQuery = z.output<typeof searchQuerySchema>;
