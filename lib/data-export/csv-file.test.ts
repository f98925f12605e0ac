import { describe, expect, it } from "vitest";
import { csvFileBytes } from "./csv-file";

describe("csvFileBytes", () => {
  it("starts with the UTF-8 byte order mark, then the CSV in UTF-8", () => {
    const bytes = csvFileBytes("title\r\nZoë's €5k raise in Kraków\r\n");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3))).toBe("title\r\nZoë's €5k raise in Kraków\r\n");
    // "ë" is two bytes in UTF-8, as Excel must read it (not "Ã«").
    expect([...bytes.subarray(3 + "title\r\nZo".length, 3 + "title\r\nZo".length + 2)]).toEqual([0xc3, 0xab]);
  });

  it("decodes back to exactly the CSV, as a BOM-aware reader sees it", () => {
    const csv = 'a,b\r\n\'=1,"x, y"\r\n';
    expect(new TextDecoder().decode(csvFileBytes(csv))).toBe(csv);
  });
});
