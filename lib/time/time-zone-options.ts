// What the time-zone combobox shows and how it searches: pure functions, no React, no zod
// (the sign-up form imports currentZoneName).

/**
 * Names the IANA database has renamed, which ICU (and so Intl and every browser) still reports:
 * the old name on the left, today's on the right. PostgreSQL and Intl accept both.
 */
const RENAMED_ZONES: Record<string, string> = {
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Europe/Kiev": "Europe/Kyiv",
  "Europe/Uzhgorod": "Europe/Kyiv",
  "Europe/Zaporozhye": "Europe/Kyiv",
  "America/Godthab": "America/Nuuk",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Mendoza": "America/Argentina/Mendoza",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Louisville": "America/Kentucky/Louisville",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/** Today's IANA name of a zone ("Asia/Calcutta" → "Asia/Kolkata"); other names unchanged. */
export function currentZoneName(zone: string): string {
  return RENAMED_ZONES[zone] ?? zone;
}

/** "America/New_York" → "America/New York". */
export function zoneLabel(zone: string): string {
  return zone.replaceAll("_", " ");
}

function searchable(text: string): string {
  return text.toLowerCase().replaceAll("_", " ").replaceAll("/", " / ");
}

/**
 * The zones matching what was typed, best first: "new y" finds America/New York, "kolkata"
 * Asia/Kolkata, "europe" every European zone. A match at the start of the city ranks first,
 * then at the start of any word, then anywhere.
 */
export function filterZones(zones: readonly string[], query: string): string[] {
  const needle = query.trim().toLowerCase().replaceAll("_", " ");
  if (!needle) return [...zones];
  const ranked: { zone: string; rank: number }[] = [];
  for (const zone of zones) {
    const text = searchable(zone);
    const city = searchable(zone.slice(zone.lastIndexOf("/") + 1));
    const rank = city.startsWith(needle) ? 0 : text.split(/[\s/]+/).some((word, index, words) => words.slice(index).join(" ").startsWith(needle)) ? 1 : text.includes(needle) || zoneLabel(zone).toLowerCase().includes(needle) ? 2 : -1;
    if (rank >= 0) ranked.push({ zone, rank });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map((entry) => entry.zone);
}

/** "UTC+05:30" and "14:05": the zone's offset from UTC and its wall-clock time at `now`. */
export function zoneNow(zone: string, now: Date): { offset: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "longOffset" }).formatToParts(now);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? "";
  const offset = part("timeZoneName").replace("GMT", "UTC");
  return { offset: offset === "UTC" ? "UTC+00:00" : offset, time: `${part("hour")}:${part("minute")}` };
}
