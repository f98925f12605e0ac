// Intl.DateTimeFormat instances, made once per locale, options and time zone and then reused.
// Making one costs tens of microseconds (ICU resolves the zone and the pattern), and a goal or
// buddy page formats a few hundred dates per render: constructing formatters was ~10% of those
// pages' CPU in the HTTP benchmark (bench/http.ts). Formatters are immutable, so sharing is safe.
const MAX_CACHED = 2_000;
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    // Throws on an unknown time zone, as `new Intl.DateTimeFormat` does; nothing is cached then.
    format = new Intl.DateTimeFormat(locale, options);
    // Keys are bounded in practice (a few option sets × ~400 zones); the cap only guards memory.
    if (formats.size < MAX_CACHED) formats.set(key, format);
  }
  return format;
}
