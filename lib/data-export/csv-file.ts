// A CSV download as bytes. Excel opens a .csv by double-click in the machine's legacy code page
// (Windows-1252 on most Western systems) unless the file starts with a UTF-8 byte order mark, so
// "Zoë", "€" or "Kraków" came out as "ZoÃ«". With the BOM Excel, Numbers, LibreOffice and
// Google Sheets all read UTF-8; RFC 4180 parsers that do not expect it see it only before the
// first header name (our importer reads JSON, not CSV).
const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

export function csvFileBytes(csv: string): Uint8Array<ArrayBuffer> {
  const text = new TextEncoder().encode(csv);
  const bytes = new Uint8Array(UTF8_BOM.length + text.length);
  bytes.set(UTF8_BOM, 0);
  bytes.set(text, UTF8_BOM.length);
  return bytes;
}
