// Stepwise's service worker. It does one thing: when a page cannot load because the network is
// gone, it shows the offline page instead of the browser's error. Nothing else goes through it:
// every request reaches the network as if it were not here, so nobody ever sees a stale goal,
// and page loads are not slowed by a worker in the middle of every script and stylesheet.
//
// The offline page is one self-contained file (public/offline.html, styles inline), the only
// thing cached. Change CACHE when that file changes; the old cache is deleted on activation.
const CACHE = "stepwise-offline-v1";
const OFFLINE_URL = "/offline.html";

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.add(new Request(OFFLINE_URL, { cache: "reload" }));
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
  if (request.mode !== "navigate" || request.method !== "GET") return;
  // Network only; the offline page only when the network fails (not on a 404 or a 500).
  event.respondWith(fetch(request).catch(async () => (await caches.match(OFFLINE_URL)) ?? Response.error()));
});
