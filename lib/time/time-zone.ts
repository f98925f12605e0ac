// IANA time zones: validation and the list offered in forms.
import { z } from "zod";

export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z
  .string({ error: "Choose a time zone." })
  .trim()
  .refine(isValidTimeZone, "Choose a time zone from the list.");

export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}
