import { describe, expect, it } from "vitest";
import { isAuthorizedCronRequest } from "./cron-auth";

const secret = "s".repeat(40);
const request = (init: { method?: string; auth?: string; url?: string }) => new Request(init.url ?? "http://localhost/api/cron/reminders", { method: init.method ?? "POST", headers: init.auth ? { authorization: init.auth } : {} });

describe("isAuthorizedCronRequest", () => {
  it("accepts POST with the right bearer secret", () => {
    expect(isAuthorizedCronRequest(request({ auth: `Bearer ${secret}` }), secret)).toBe(true);
  });

  it.each([
    ["a wrong secret", { auth: "Bearer nope" }],
    ["no header", {}],
    ["another scheme", { auth: `Basic ${secret}` }],
    ["GET", { method: "GET", auth: `Bearer ${secret}` }],
    ["a secret in the query string", { url: `http://localhost/api/cron/reminders?secret=${secret}`, auth: `Bearer ${secret}` }],
  ])("refuses %s", (_, init) => {
    expect(isAuthorizedCronRequest(request(init), secret)).toBe(false);
  });

  it("refuses everything when no CRON_SECRET is configured", () => {
    expect(isAuthorizedCronRequest(request({ auth: "Bearer " }), undefined)).toBe(false);
  });
});
