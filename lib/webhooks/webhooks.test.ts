import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { isAllowedAddress } from "./address-policy";
import { webhookEventForNotification } from "./events";
import { formatMessage } from "./services";
import { newSigningSecret, signatureHeaders } from "./signature";

describe("isAllowedAddress", () => {
  const strict = { allowLoopback: false };
  it.each(["93.184.215.14", "2606:4700:4700::1111", "8.8.8.8"])("allows the public address %s", (address) => {
    expect(isAllowedAddress(address, strict)).toBe(true);
  });
  it.each(["10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "127.0.0.1", "::1", "::", "fe80::1", "fd12:3456::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "224.0.0.1", "255.255.255.255", "not an address"])("refuses %s", (address) => {
    expect(isAllowedAddress(address, strict)).toBe(false);
  });
  it("allows loopback only when the operator does, and never private ranges", () => {
    expect(isAllowedAddress("127.0.0.1", { allowLoopback: true })).toBe(true);
    expect(isAllowedAddress("::1", { allowLoopback: true })).toBe(true);
    expect(isAllowedAddress("10.0.0.1", { allowLoopback: true })).toBe(false);
  });
});

describe("webhookEventForNotification", () => {
  it("sorts notifications into the events a person can choose", () => {
    expect(webhookEventForNotification("achievement")).toBe("achievement");
    expect(webhookEventForNotification("review-scheduled")).toBe("review");
    expect(webhookEventForNotification("comment")).toBe("buddy-activity");
    expect(webhookEventForNotification("rules-changed")).toBe("buddy-activity");
    expect(webhookEventForNotification("webhook-paused")).toBeNull();
  });
});

describe("formatMessage", () => {
  const delivery = { id: "d1", link: "https://stepwise.example/goals/1", payload: { event: "achievement" as const, title: "Grace achieved <Ship> & @everyone", path: "/goals/1", occurredAt: "2027-01-01T00:00:00.000Z" } };
  it("escapes Slack's control characters", () => {
    const body = JSON.parse(formatMessage("SLACK", "https://hooks.slack.com/services/T/B/X", delivery).body);
    expect(body.blocks[0].text.text).toBe("*Grace achieved &lt;Ship&gt; &amp; @everyone*\n<https://stepwise.example/goals/1|Open in Stepwise>");
  });
  it("keeps Discord from pinging anyone", () => {
    const body = JSON.parse(formatMessage("DISCORD", "https://discord.com/api/webhooks/1/x", delivery).body);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });
  it("publishes to ntfy's root with the topic in the body", () => {
    const message = formatMessage("NTFY", "https://ntfy.sh/my-topic", delivery);
    expect(message.url).toBe("https://ntfy.sh/");
    expect(JSON.parse(message.body)).toMatchObject({ topic: "my-topic", message: "Grace achieved <Ship> & @everyone", click: delivery.link, tags: ["tada"] });
  });
  it("gives a generic webhook a typed JSON event", () => {
    expect(JSON.parse(formatMessage("GENERIC", "https://example.com/hook", delivery).body)).toEqual({
      id: "d1",
      type: "achievement",
      occurredAt: "2027-01-01T00:00:00.000Z",
      data: { title: "Grace achieved <Ship> & @everyone", url: delivery.link },
    });
  });
});

describe("signatureHeaders", () => {
  it("verifies with the Standard Webhooks reference library, and not with another secret", () => {
    const secret = newSigningSecret();
    const body = JSON.stringify({ hello: "wörld" });
    const headers = signatureHeaders(secret, "msg_1", new Date(), body);
    expect(new Webhook(secret).verify(body, headers)).toEqual({ hello: "wörld" });
    expect(() => new Webhook(newSigningSecret()).verify(body, headers)).toThrow();
  });
  it("carries its timestamp, so old deliveries can be refused", () => {
    const secret = newSigningSecret();
    const headers = signatureHeaders(secret, "msg_1", new Date(Date.now() - 10 * 60_000), "{}");
    expect(() => new Webhook(secret).verify("{}", headers)).toThrow(/timestamp/i);
  });
});
