// Chat and webhook destinations as a person sets one up: add a signed JSON webhook pointing at
// a real receiver on this machine, see the signing secret once, send a test and verify its
// signature with the Standard Webhooks library; a private-network URL is refused at the field.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { expect, test } from "./support/fixtures";
import { expectNoViolations } from "./support/axe";

type Received = { headers: http.IncomingHttpHeaders; body: string };

async function startReceiver(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/stepwise`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test("adds a signed webhook, tests it and verifies the signature; refuses a private address", async ({ page, login }) => {
  const receiver = await startReceiver();
  try {
    await login({ name: "Hook Owner", prefix: "hooks" });
    await page.goto("/settings");
    await page.getByRole("link", { name: "Manage chat and webhook destinations" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Chat and webhooks" })).toBeVisible();
    await expect(page.getByText("None yet. Add one below.")).toBeVisible();
    await expectNoViolations(page, "the empty webhooks page");

    // A private-network address is refused at the field, keeping what was typed.
    await page.getByLabel("Send to").selectOption({ label: "Webhook (JSON)" });
    await page.getByLabel("Name").fill("Intranet");
    await page.getByLabel("URL").fill("https://10.1.2.3/hook");
    await page.getByRole("button", { name: "Add destination" }).click();
    await expect(page.getByText("This address is on a private network; Stepwise only sends to public addresses.")).toBeVisible();
    await expect(page.getByLabel("URL")).toHaveValue("https://10.1.2.3/hook");
    await expect(page.getByLabel("URL")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Name").fill("My automation");
    await page.getByLabel("URL").fill(receiver.url);
    await page.getByLabel("Achievements").uncheck();
    await page.getByRole("button", { name: "Add destination" }).click();
    await expect(page.getByText("“My automation” added.")).toBeVisible();
    const secret = await page.getByLabel("Your signing secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    const item = page.getByRole("listitem").filter({ hasText: "My automation" });
    await expect(item.getByText("Active")).toBeVisible();
    await expect(item.getByText("Sends: Deadline reminders, Buddy activity, Reviews")).toBeVisible();
    await expectNoViolations(page, "the webhooks page with a destination");

    await item.getByRole("button", { name: "Send a test to My automation" }).click();
    await expect(item.getByText("Test message delivered.")).toBeVisible();
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const event = new Webhook(secret).verify(request!.body, {
      "webhook-id": String(request!.headers["webhook-id"]),
      "webhook-timestamp": String(request!.headers["webhook-timestamp"]),
      "webhook-signature": String(request!.headers["webhook-signature"]),
    });
    expect(event).toMatchObject({ type: "test", data: { title: "Test message from Stepwise: this destination works." } });

    // The secret is shown once: after a reload only the destination remains.
    await page.reload();
    await expect(page.getByLabel("Your signing secret")).toHaveCount(0);
    await expect(page.getByRole("listitem").filter({ hasText: "My automation" })).toBeVisible();

    // On a phone the page fits.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

    await page.getByRole("button", { name: "Remove My automation" }).click();
    await expect(page.getByText("None yet. Add one below.")).toBeVisible();
  } finally {
    await receiver.close();
  }
});
