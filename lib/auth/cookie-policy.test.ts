import { describe, expect, it } from "vitest";
import { sessionCookieName, usesSecureCookies } from "./cookie-policy";

describe("the auth cookies' security follows APP_URL", () => {
  it("is Secure with the __Secure- session cookie when the public address is https", () => {
    expect(usesSecureCookies("https://stepwise.example.com")).toBe(true);
    expect(usesSecureCookies("https://stepwise.example.com:8443/app")).toBe(true);
    expect(sessionCookieName("https://stepwise.example.com")).toBe("__Secure-authjs.session-token");
  });

  it("is plain on http (a local run, the tests), where a browser would not send a Secure cookie", () => {
    expect(usesSecureCookies("http://localhost:3000")).toBe(false);
    expect(usesSecureCookies("http://127.0.0.1:3100")).toBe(false);
    expect(sessionCookieName("http://localhost:3000")).toBe("authjs.session-token");
  });
});
