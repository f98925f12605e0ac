"use client";

import { useBrowserTimeZone } from "./browser-time-zone";

/** Sends the browser's time zone with the form; the server falls back to UTC without JavaScript. */
export function BrowserTimeZoneInput({ name = "timeZone" }: { name?: string }) {
  return <input type="hidden" name={name} value={useBrowserTimeZone() ?? ""} />;
}
