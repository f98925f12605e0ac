import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseEnv } from "./env";

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("needs no configuration at all", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: "development", PORT: 3000, DATA_DIR: ".data", APP_URL: "http://localhost:3000", DATABASE_POOL_MAX: 10 });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
  });

  it("derives APP_URL from PORT and trims a trailing slash", () => {
    expect(parseEnv({ PORT: "4000" }).APP_URL).toBe("http://localhost:4000");
    expect(parseEnv({ APP_URL: "https://stepwise.example.com/" }).APP_URL).toBe("https://stepwise.example.com");
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", SMTP_URL: " " }).DATABASE_URL).toBeUndefined();
  });

  it("names every bad variable with a clear message", () => {
    const problems = problemsOf({
      PORT: "eighty",
      DATABASE_URL: "mysql://db",
      SMTP_URL: "http://mail",
      AUTH_SECRET: "short",
      APP_URL: "ftp://x",
      DATABASE_POOL_MAX: "0",
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: /),
        "DATABASE_URL: must be a postgres:// or postgresql:// URL",
        "SMTP_URL: must be an smtp:// or smtps:// URL",
        expect.stringMatching(/^AUTH_SECRET: must be at least 32 characters/),
        expect.stringMatching(/^APP_URL: must be an http\(s\) URL/),
        expect.stringMatching(/^DATABASE_POOL_MAX: /),
      ]),
    );
  });

  it("requires AUTH_SECRET in production with a shared database, not in embedded mode", () => {
    expect(problemsOf({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/stepwise" })).toEqual([expect.stringMatching(/^AUTH_SECRET: is required in production/)]);
    expect(problemsOf({ NODE_ENV: "production" })).toEqual([]);
    expect(problemsOf({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/stepwise", AUTH_SECRET: "x".repeat(32) })).toEqual([]);
  });

  it("takes a direct URL for migrations only beside DATABASE_URL (PgBouncer in front)", () => {
    const pooled = "postgresql://app@pgbouncer:6432/stepwise";
    const direct = "postgresql://app@db:5432/stepwise";
    expect(parseEnv({ DATABASE_URL: pooled, DATABASE_DIRECT_URL: direct }).DATABASE_DIRECT_URL).toBe(direct);
    expect(parseEnv({ DATABASE_URL: pooled, DATABASE_DIRECT_URL: " " }).DATABASE_DIRECT_URL).toBeUndefined();
    expect(problemsOf({ DATABASE_URL: pooled, DATABASE_DIRECT_URL: "mysql://db" })).toEqual(["DATABASE_DIRECT_URL: must be a postgres:// or postgresql:// URL"]);
    expect(problemsOf({ DATABASE_DIRECT_URL: direct })).toEqual([expect.stringMatching(/^DATABASE_DIRECT_URL: is only used with DATABASE_URL/)]);
  });

  it("gives the shutdown a 25 s deadline and no delay, and refuses a delay that outlasts the deadline", () => {
    expect(parseEnv({})).toMatchObject({ SHUTDOWN_TIMEOUT_MS: 25_000, SHUTDOWN_DELAY_MS: 0 });
    expect(parseEnv({ SHUTDOWN_TIMEOUT_MS: "30000", SHUTDOWN_DELAY_MS: "5000" })).toMatchObject({ SHUTDOWN_TIMEOUT_MS: 30_000, SHUTDOWN_DELAY_MS: 5_000 });
    expect(problemsOf({ SHUTDOWN_DELAY_MS: "25000" })).toEqual([expect.stringMatching(/^SHUTDOWN_DELAY_MS: must be shorter than SHUTDOWN_TIMEOUT_MS/)]);
    expect(problemsOf({ SHUTDOWN_TIMEOUT_MS: "soon" })).toEqual([expect.stringMatching(/^SHUTDOWN_TIMEOUT_MS: /)]);
  });

  describe("OpenID Connect and password sign-in", () => {
    const oidc = { OIDC_ISSUER: "https://accounts.google.com", OIDC_CLIENT_ID: "client", OIDC_CLIENT_SECRET: "secret", OIDC_DISPLAY_NAME: "Google" };

    it("is off when unset, and password sign-in is on", () => {
      const env = parseEnv({});
      expect(env.OIDC_ISSUER).toBeUndefined();
      expect(env.PASSWORD_SIGN_IN).toBe("on");
    });

    it("accepts the four variables together", () => {
      expect(parseEnv(oidc)).toMatchObject(oidc);
    });

    it("names every missing variable of a partial set", () => {
      expect(problemsOf({ OIDC_ISSUER: "https://accounts.google.com", OIDC_CLIENT_ID: "client" })).toEqual([
        "OIDC_CLIENT_SECRET: is needed for OpenID Connect sign-in: set all of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_DISPLAY_NAME, or none of them",
        "OIDC_DISPLAY_NAME: is needed for OpenID Connect sign-in: set all of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_DISPLAY_NAME, or none of them",
      ]);
    });

    it("refuses an issuer that is not a URL", () => {
      expect(problemsOf({ ...oidc, OIDC_ISSUER: "accounts.google.com" })).toEqual(["OIDC_ISSUER: must be the provider's issuer URL, e.g. https://accounts.google.com"]);
    });

    it("turns password sign-in off only when OpenID Connect is configured", () => {
      expect(parseEnv({ ...oidc, PASSWORD_SIGN_IN: "off" }).PASSWORD_SIGN_IN).toBe("off");
      expect(problemsOf({ PASSWORD_SIGN_IN: "off" })).toEqual(["PASSWORD_SIGN_IN: can only be off when OpenID Connect is configured (OIDC_ISSUER and the rest), or no one could create an account"]);
      expect(problemsOf({ PASSWORD_SIGN_IN: "no" })[0]).toMatch(/^PASSWORD_SIGN_IN: /);
    });
  });
});
