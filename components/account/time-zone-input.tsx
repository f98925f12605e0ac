"use client";

import { useEffect, useState } from "react";

/** Sends the browser's time zone with the form; the server falls back to UTC without JavaScript. */
export function BrowserTimeZoneInput({ name = "timeZone" }: { name?: string }) {
  const [zone, setZone] = useState("");
  useEffect(() => {
    setZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, []);
  return <input type="hidden" name={name} value={zone} />;
}
