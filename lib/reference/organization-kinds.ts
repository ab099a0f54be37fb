export const organizationKinds = ["school", "kindergarten", "college", "additional_education", "methodological_centre", "other"] as const;
export type OrganizationKindCode = (typeof organizationKinds)[number];
