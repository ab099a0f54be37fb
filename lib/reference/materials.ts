// The bank of materials' reference lists, as codes; names live in messages/<locale>/reference.json.

/** SPEC §5: the kinds of materials the regulations name. */
export const materialKinds = [
  "methodological_development",
  "methodological_recommendations",
  "lesson_plan",
  "lesson_video",
  "assessment_materials",
  "evaluation_sheet",
  "project",
  "article",
  "innovative_practice",
  "program",
  "presentation",
] as const;
export type MaterialKind = (typeof materialKinds)[number];

export const educationLevels = [
  "preschool",
  "grade_1",
  "grade_2",
  "grade_3",
  "grade_4",
  "grade_5",
  "grade_6",
  "grade_7",
  "grade_8",
  "grade_9",
  "grade_10",
  "grade_11",
  "additional_education",
] as const;
export type EducationLevel = (typeof educationLevels)[number];

/** Creative Commons variants, or use within the network only. */
export const materialLicences = ["cc_by", "cc_by_sa", "cc_by_nd", "cc_by_nc", "cc_by_nc_sa", "cc_by_nc_nd", "network_only"] as const;
export type MaterialLicence = (typeof materialLicences)[number];

/**
 * draft → submitted → under_review → published, or returned (for revision) → submitted again;
 * rejected ends it; unpublished and removed are moderation outcomes (removed is a soft delete).
 */
export const materialStatuses = ["draft", "submitted", "under_review", "returned", "published", "rejected", "unpublished", "removed"] as const;
export type MaterialStatus = (typeof materialStatuses)[number];

export const reviewVerdicts = ["publish", "return", "reject"] as const;
export type ReviewVerdict = (typeof reviewVerdicts)[number];

export const reviewStatuses = ["assigned", "done", "withdrawn"] as const;

export const materialFileKinds = ["document", "image", "video"] as const;

export const demandKinds = ["view", "download"] as const;
export type DemandKind = (typeof demandKinds)[number];
