import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, pageSecurityHeaders, strictTransportSecurity } from "./security-headers";

/** The sources of one directive, e.g. `sources(csp, "script-src")`. */
function sources(csp: string, directive: string): string[] | undefined {
  const found = csp
    .split(";")
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return found?.slice(1);
}

describe("contentSecurityPolicy", () => {
  const production = contentSecurityPolicy("bm9uY2U=", { development: false });

  it("allows scripts only with this response's nonce (and what they load), never inline or eval", () => {
    expect(sources(production, "script-src")).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(production).not.toContain("unsafe-eval");
  });

  it("forbids framing, plugins, foreign forms and base URLs, and keeps everything else same-origin", () => {
    expect(sources(production, "frame-ancestors")).toEqual(["'none'"]);
    expect(sources(production, "object-src")).toEqual(["'none'"]);
    expect(sources(production, "form-action")).toEqual(["'self'"]);
    expect(sources(production, "base-uri")).toEqual(["'self'"]);
    for (const directive of ["default-src", "font-src", "connect-src", "worker-src", "manifest-src"]) {
      expect(sources(production, directive), directive).toEqual(["'self'"]);
    }
    expect(sources(production, "img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("lets styles be inline without a nonce, which would switch 'unsafe-inline' off", () => {
    expect(sources(production, "style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("adds 'unsafe-eval' to scripts in development only, never 'unsafe-inline'", () => {
    const development = contentSecurityPolicy("bm9uY2U=", { development: true });
    expect(sources(development, "script-src")).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'", "'unsafe-eval'"]);
    expect(sources(development, "script-src")).not.toContain("'unsafe-inline'");
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("Strict-Transport-Security", () => {
  it("is sent when the public address is https, and not on http", () => {
    expect(strictTransportSecurity("https://stepwise.example.com")).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(pageSecurityHeaders({ nonce: "bm9uY2U=", appUrl: "https://stepwise.example.com", development: false })).toHaveProperty("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    expect(pageSecurityHeaders({ nonce: "bm9uY2U=", appUrl: "http://127.0.0.1:3100", development: false })).not.toHaveProperty("Strict-Transport-Security");
  });

  it("comes with the CSP and a Permissions-Policy on every page", () => {
    const headers = pageSecurityHeaders({ nonce: "bm9uY2U=", appUrl: "http://127.0.0.1:3100", development: false });
    expect(headers["Content-Security-Policy"]).toContain("'nonce-bm9uY2U='");
    expect(headers["Permissions-Policy"]).toMatch(/(^|, )camera=\(\)(,|$)/);
    expect(headers["Permissions-Policy"]).toMatch(/(^|, )geolocation=\(\)(,|$)/);
  });
});
