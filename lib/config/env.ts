// Environment configuration, validated once with zod so a bad value fails at start with a
// message naming the variable, instead of surfacing later as an obscure runtime error.
import "server-only";
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must be a postgres:// or postgresql:// URL");

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: optionalString.pipe(postgresUrl.optional()),
    // Migrations only: a connection straight to PostgreSQL when DATABASE_URL goes through a
    // transaction-pooling PgBouncer (README, "Behind PgBouncer").
    DATABASE_DIRECT_URL: optionalString.pipe(postgresUrl.optional()),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
    DATA_DIR: optionalString.default(".data"),
    SMTP_URL: optionalString.pipe(
      z
        .string()
        .refine((value) => /^smtps?:\/\//.test(value), "must be an smtp:// or smtps:// URL")
        .optional(),
    ),
    EMAIL_FROM: optionalString.default("Stepwise <no-reply@stepwise.local>"),
    AUTH_SECRET: optionalString.pipe(z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional()),
    APP_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. https://stepwise.example.com" }).optional()),
    CRON_SECRET: optionalString.pipe(z.string().min(32, "must be at least 32 characters").optional()),
    REMINDER_TIMER: z.enum(["on", "off"]).optional(),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(25_000),
    SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(0),
    // Webhooks (README, "Chat and webhooks"): "true" lets destinations on this machine's loopback
    // (http allowed there) receive them, for local receivers and tests; never private networks.
    WEBHOOKS_ALLOW_LOOPBACK: z.enum(["true", "false"]).default("false"),
    // Events preselected for a new destination, comma-separated; unset: all.
    WEBHOOK_DEFAULT_EVENTS: optionalString.pipe(
      z
        .string()
        .regex(/^\s*(deadline|buddy-activity|review|achievement)\s*(,\s*(deadline|buddy-activity|review|achievement)\s*)*$/, "must be a comma-separated list of: deadline, buddy-activity, review, achievement")
        .optional(),
    ),
    // Sign in with OpenID Connect (README, "Sign in with OpenID Connect"): all four or none.
    OIDC_ISSUER: optionalString.pipe(z.url({ protocol: /^https?$/, error: "must be the provider's issuer URL, e.g. https://accounts.google.com" }).optional()),
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_DISPLAY_NAME: optionalString.pipe(z.string().max(40, "must be at most 40 characters (it is shown on a button)").optional()),
    // "off": no password form, no password sign-up; email links and OpenID Connect remain.
    PASSWORD_SIGN_IN: z.enum(["on", "off"]).default("on"),
  })
  .superRefine((env, ctx) => {
    const oidc = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_DISPLAY_NAME"] as const;
    const missing = oidc.filter((name) => !env[name]);
    if (missing.length > 0 && missing.length < oidc.length) {
      for (const name of missing) ctx.addIssue({ code: "custom", path: [name], message: `is needed for OpenID Connect sign-in: set all of ${oidc.join(", ")}, or none of them` });
    }
    // New people sign up with a password or through the provider: with neither, no one could.
    if (env.PASSWORD_SIGN_IN === "off" && missing.length > 0) {
      ctx.addIssue({ code: "custom", path: ["PASSWORD_SIGN_IN"], message: "can only be off when OpenID Connect is configured (OIDC_ISSUER and the rest), or no one could create an account" });
    }
    if (env.DATABASE_DIRECT_URL && !env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_DIRECT_URL"], message: "is only used with DATABASE_URL: set DATABASE_URL too, or unset it" });
    }
    if (env.SHUTDOWN_DELAY_MS >= env.SHUTDOWN_TIMEOUT_MS) {
      ctx.addIssue({ code: "custom", path: ["SHUTDOWN_DELAY_MS"], message: "must be shorter than SHUTDOWN_TIMEOUT_MS" });
    }
    // A generated secret lives in one instance's data folder; a deployment on a shared
    // PostgreSQL may run several instances, which must all sign sessions with one secret.
    if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production with DATABASE_URL (try: openssl rand -base64 32)",
      });
    }
  });

export type Env = z.infer<typeof EnvSchema> & { APP_URL: string };

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "InvalidEnvironmentError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    throw new InvalidEnvironmentError(result.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`));
  }
  const env = result.data;
  return { ...env, APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "") };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Forgets the parsed environment so the next getEnv() reads process.env again (tests). */
export function resetEnvCache(): void {
  cached = undefined;
}
