"use client";

import { currentZoneName } from "@/lib/time/time-zone-options";
import { useBrowserTimeZone } from "./browser-time-zone";

/** Sends the browser's time zone with the form; the server falls back to UTC without JavaScript. */
export function BrowserTimeZoneInput({ name = "timeZone" }: { name?: string }) {
  const zone = useBrowserTimeZone();
  // Under its current IANA name (browsers still report Asia/Calcutta for Asia/Kolkata).
  return <input type="hidden" name={name} value={zone ? currentZoneName(zone) : ""} />;
}
