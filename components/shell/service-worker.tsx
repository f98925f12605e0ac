"use client";

import { useEffect } from "react";

/**
 * Registers public/sw.js (the offline page). From a component, not an inline <script>, so it
 * runs under the Content-Security-Policy; after the page has loaded, so it never competes with it.
 */
export function ServiceWorker() {
  useEffect(() => {
    // Not in development: a cached offline page would only get in the way of hot reloading.
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    // updateViaCache "none": the browser checks sw.js itself on every visit, not its HTTP cache.
    navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" }).catch((error: unknown) => {
      console.warn("Service worker not registered:", error);
    });
  }, []);
  return null;
}
