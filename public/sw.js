// Stepwise's service worker. It does one thing: when a page cannot load because the network is
// gone, it shows the offline page instead of the browser's error. Everything else goes to the
// network as if it were not here, so nobody ever sees a stale goal.
//
// Kept in the cache: /offline and the stylesheets and fonts it links to (so it is styled).
// Change CACHE when this file changes; the old cache is deleted on activation.
const CACHE = "stepwise-offline-v1";
const OFFLINE_URL = "/offline";

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch(OFFLINE_URL, { cache: "reload" });
      if (!response.ok) throw new Error(`${OFFLINE_URL} answered ${response.status}`);
      const html = await response.clone().text();
      const assets = [...html.matchAll(/href="(\/_next\/static\/[^"]+\.(?:css|woff2))"/g)].map((match) => match[1]);
      await cache.addAll([...new Set(assets)]);
      await cache.put(OFFLINE_URL, response);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      // Control the pages already open, so the first visit is covered too.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  if (request.mode === "navigate") {
    // Network only; the offline page only when the network fails (not on a 404 or a 500).
    event.respondWith(fetch(request).catch(async () => (await caches.match(OFFLINE_URL)) ?? Response.error()));
    return;
  }
  const url = new URL(request.url);
  if (url.origin === self.location.origin && url.pathname.startsWith("/_next/static/")) {
    // Immutable build files: the network first, the offline page's own copy when it fails.
    event.respondWith(fetch(request).catch(async () => (await caches.match(request)) ?? Response.error()));
  }
  // Anything else: not handled here, so the browser fetches it as usual.
});
