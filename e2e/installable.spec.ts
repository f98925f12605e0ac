// What Lighthouse's installability audit and a phone's "Add to Home Screen" look for (issue 16):
// a web app manifest with a name, start URL, standalone display, colours and PNG icons of 192
// and 512 px that really are those sizes; a favicon; theme-color; a service worker that controls
// the page; and, with the network cut, the offline page instead of the browser's error, while
// online pages always come fresh from the network.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";

type ManifestIcon = { src: string; sizes: string; type?: string; purpose?: string };

/** The width and height a PNG's header declares (the IHDR chunk, bytes 16–23). */
async function pngSize(request: APIRequestContext, url: string): Promise<{ width: number; height: number; contentType: string }> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const body = await response.body();
  expect(body.subarray(1, 4).toString("latin1"), `${url} is a PNG`).toBe("PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20), contentType: response.headers()["content-type"] ?? "" };
}

test("the manifest has what installing needs, and its icons are real PNGs of the sizes it says", async ({ page, request }) => {
  await page.goto("/");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBeTruthy();
  const response = await request.get(manifestHref as string);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = (await response.json()) as { name: string; short_name: string; start_url: string; display: string; theme_color: string; background_color: string; icons: ManifestIcon[] };
  expect(manifest).toMatchObject({ name: expect.stringContaining("Stepwise"), short_name: "Stepwise", start_url: "/dashboard", display: "standalone" });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

  const pngs = manifest.icons.filter((icon) => icon.type === "image/png");
  for (const size of ["192x192", "512x512"])
    expect(
      pngs.some((icon) => icon.sizes === size && (icon.purpose ?? "any").includes("any")),
      `a ${size} PNG icon`,
    ).toBe(true);
  expect(
    pngs.some((icon) => icon.purpose === "maskable"),
    "a maskable icon",
  ).toBe(true);
  for (const icon of pngs) {
    const [width, height] = icon.sizes.split("x").map(Number);
    const actual = await pngSize(request, icon.src);
    expect({ width: actual.width, height: actual.height }, icon.src).toEqual({ width, height });
    expect(actual.contentType).toBe("image/png");
  }
  const svg = manifest.icons.find((icon) => icon.type === "image/svg+xml");
  expect((await request.get(svg?.src ?? "/missing.svg")).status()).toBe(200);
});

test("favicon, Apple touch icon and theme-color are in the head, and each icon loads", async ({ page, request }) => {
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto("/sign-in");
  await page.waitForLoadState("networkidle");
  expect(failed).toEqual([]);
  for (const selector of ['link[rel="icon"][type="image/svg+xml"]', 'link[rel="apple-touch-icon"]']) {
    const href = await page.locator(selector).first().getAttribute("href");
    expect(href, selector).toBeTruthy();
    expect((await request.get(href as string)).status(), selector).toBe(200);
  }
  expect((await pngSize(request, (await page.locator('link[rel="apple-touch-icon"]').getAttribute("href")) as string)).width).toBe(180);
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).readUInt16LE(2), "an ICO file").toBe(1);
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
});

test("a service worker controls the page, and with the network cut a page load shows the offline page, never an old copy", async ({ page, context, login }) => {
  test.setTimeout(90_000);
  await login({ name: "Radia Perlman", prefix: "offline" });

  // Registered and activated, and it takes control of the page it was registered from.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  });
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();

  await context.setOffline(true);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();
  // Not the dashboard from a cache: nothing the person saw before is shown.
  await expect(page.getByText("Welcome")).toHaveCount(0);
  // Styled: the page is self-contained (public/offline.html), nothing else was needed from the network.
  expect(await page.getByRole("heading", { level: 1 }).evaluate((element) => getComputedStyle(element).fontSize)).toBe("30px");

  await context.setOffline(false);
  await page.getByRole("link", { name: "Go to your dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
  // Online, requests other than page loads are left to the network (no cache answers them).
  const fromServiceWorker = await page.evaluate(async () => (await fetch("/api/health")).headers.get("content-type"));
  expect(fromServiceWorker).toBeTruthy();
});
