export const platformRoles = ["participant", "expert", "methodist", "administrator"] as const;
