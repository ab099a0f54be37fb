// Community vocabularies as codes; their names live in messages/<locale>/reference.json.

/** [000 §1.6] монопредметное / надпредметное / мультипредметное. */
export const communityTypes = ["mono_subject", "supra_subject", "multi_subject"] as const;

/** [003 §3.1.3] forms of network interaction. */
export const communityKinds = [
  "network_community",
  "methodological_association",
  "innovation_platform",
  "methodological_platform",
  "problem_group",
  "creative_laboratory",
  "pedagogical_workshop",
  "internship_platform",
] as const;

/** [003 §2.3] priority themes of the municipal methodological service. */
export const priorityThemes = [
  "functional_literacy",
  "updated_fgos",
  "digital_environment",
  "inclusive_education",
  "gifted_children",
  "upbringing",
  "early_career_teachers",
  "assessment_quality",
  "project_research",
  "health_saving",
] as const;

export const communityVisibilities = ["public", "members"] as const;
export const joinPolicies = ["open", "approval", "invitation"] as const;

/** [004] services a leader switches on or off; later capabilities plug into this list. */
export const communityServices = ["forum", "chat", "announcements", "gallery", "polls", "events", "materials", "consultations"] as const;

export const communityRoles = ["member", "moderator", "leader"] as const;
export const membershipStatuses = ["pending", "invited", "active", "rejected", "withdrawn", "left", "removed"] as const;
export const planItemStatuses = ["planned", "in_progress", "done", "cancelled"] as const;

export type CommunityType = (typeof communityTypes)[number];
export type CommunityKind = (typeof communityKinds)[number];
export type PriorityTheme = (typeof priorityThemes)[number];
export type CommunityService = (typeof communityServices)[number];
export type CommunityRole = (typeof communityRoles)[number];
export type MembershipStatus = (typeof membershipStatuses)[number];
export type PlanItemStatus = (typeof planItemStatuses)[number];
