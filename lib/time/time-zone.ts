// IANA time zones: validation, current names, and the list offered in forms.
import { z } from "zod";
import { currentZoneName } from "./time-zone-options";

export { currentZoneName };

export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** "America/New York" as typed or shown → "America/New_York" (IANA names have no spaces). */
function underscored(zone: unknown): unknown {
  return typeof zone === "string" ? zone.trim().replaceAll(" ", "_") : zone;
}

export const TimeZoneSchema = z.preprocess(underscored, z.string({ error: "Choose a time zone." }).refine(isValidTimeZone, "Choose a time zone from the list."));

/** Every zone under its current name, UTC first, the rest in alphabetical order. */
export function listTimeZones(): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone").map(currentZoneName));
  zones.delete("UTC");
  return ["UTC", ...[...zones].sort()];
}
