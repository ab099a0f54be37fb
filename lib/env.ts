import { z } from "zod";

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().min(1).default(".data"),
    AUTH_SECRET: z.string().optional(),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default("Методсеть <noreply@metodset.local>"),
    SEED_DEMO: z.enum(["0", "1"]).optional(),
    APP_URL: z.string().url().optional(),
    REMINDERS: z.enum(["0", "1"]).optional(),
    REMINDER_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  })
  .superRefine((env, ctx) => {
    // SECURITY.md 7: a production server never runs with a missing or guessable secret.
    if (env.NODE_ENV === "production" && (env.AUTH_SECRET ?? "").length < 32) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET of at least 32 characters is required in production" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
