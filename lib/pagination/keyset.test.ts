import { describe, expect, it } from "vitest";
import { encodeCursor, olderThan, parseCursor, toPage } from "./keyset";

const id = "0b6f3c52-3c1e-4a57-9d43-0d9a3c1f2b7e";

describe("keyset cursors", () => {
  it("round-trips through a URL parameter", () => {
    const cursor = { at: new Date("2027-03-01T09:00:00.123Z"), id };
    const text = encodeCursor(cursor);
    expect(text).toBe(`2027-03-01T09:00:00.123Z_${id}`);
    expect(parseCursor(new URLSearchParams(`before=${encodeURIComponent(text)}`).get("before"))).toEqual(cursor);
  });

  it("reads anything malformed as the first page", () => {
    for (const value of [undefined, "", "x", ["a", "b"], `not-a-date_${id}`, "2027-03-01T09:00:00.000Z_not-a-uuid", "2027-03-01T09:00:00.000Z", 42]) {
      expect(parseCursor(value)).toBeUndefined();
    }
  });

  it("selects rows strictly older, the id breaking ties", () => {
    expect(olderThan("createdAt", undefined)).toEqual({});
    const at = new Date("2027-03-01T09:00:00.000Z");
    expect(olderThan("createdAt", { at, id })).toEqual({ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: id } }] });
  });

  it("keeps the extra row out of the page and points the cursor at the last one shown", () => {
    const rows = [1, 2, 3].map((n) => ({ id: `id-${n}`, at: new Date(Date.UTC(2027, 0, 4 - n)) }));
    expect(toPage(rows, 2, (row) => row.at)).toEqual({ items: rows.slice(0, 2), next: { at: rows[1]?.at, id: "id-2" } });
    expect(toPage(rows, 3, (row) => row.at)).toEqual({ items: rows, next: null });
  });
});
