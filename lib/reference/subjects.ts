// School subjects and areas taught, as codes; their names live in messages/<locale>/reference.json.
export const subjects = [
  "primary",
  "russian",
  "literature",
  "mathematics",
  "informatics",
  "physics",
  "chemistry",
  "biology",
  "geography",
  "history",
  "social_studies",
  "foreign_languages",
  "native_language",
  "art",
  "music",
  "technology",
  "physical_education",
  "life_safety",
  "preschool",
  "additional_education",
  "special_education",
  "school_management",
  "educational_work",
  "psychology",
] as const;

export type Subject = (typeof subjects)[number];
