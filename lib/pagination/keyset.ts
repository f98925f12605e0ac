// Keyset ("seek") pagination for lists ordered newest first by (instant, id).
//
// A page ends with a cursor naming the last row's sort key; the next page asks for rows strictly
// after it in that order. Unlike OFFSET, a deep page costs the same as the first one (the index on
// (parent, instant) is walked from the cursor), and rows added meanwhile never shift a page so that
// something repeats or is skipped. The id breaks ties between rows created in the same millisecond,
// which a cursor on the instant alone would skip.
//
// The cursor carries only the sort values of a row the reader has already seen, never a lookup key:
// every query that uses it stays scoped to what the actor may see, so a cursor copied from someone
// else's page (or made up) can only select rows of the actor's own list.
import { z } from "zod";

export type Cursor = { at: Date; id: string };

/** A page of a list plus the cursor of its next (older) page, null on the last page. */
export type Page<T> = { items: T[]; next: Cursor | null };

const SEPARATOR = "_";

const CursorSchema = z
  .string()
  .max(100)
  .transform((value, context) => {
    const cut = value.lastIndexOf(SEPARATOR);
    const at = z.iso.datetime({ offset: true }).safeParse(value.slice(0, cut));
    const id = z.uuid().safeParse(value.slice(cut + 1));
    if (cut < 0 || !at.success || !id.success) {
      context.addIssue({ code: "custom", message: "Not a page cursor" });
      return z.NEVER;
    }
    return { at: new Date(at.data), id: id.data } satisfies Cursor;
  });

/** `2027-03-01T09:00:00.000Z_<uuid>`: readable in a URL, and a plain link works without JavaScript. */
export function encodeCursor(cursor: Cursor): string {
  return `${cursor.at.toISOString()}${SEPARATOR}${cursor.id}`;
}

/** A cursor from a query parameter; anything malformed means "the first page". */
export function parseCursor(value: unknown): Cursor | undefined {
  const parsed = CursorSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Rows strictly older than the cursor in (instant desc, id desc) order, as a Prisma where clause
 * on the given instant column. PostgreSQL answers it from an index on (parent, instant).
 */
export function olderThan<K extends string>(column: K, cursor: Cursor | undefined) {
  if (!cursor) return {};
  return { OR: [{ [column]: { lt: cursor.at } }, { [column]: cursor.at, id: { lt: cursor.id } }] } as {
    OR: ({ [P in K]: { lt: Date } } | ({ [P in K]: Date } & { id: { lt: string } }))[];
  };
}

/** The (instant desc, id desc) order that `olderThan` pages through. */
export function newestFirst<K extends string>(column: K) {
  return [{ [column]: "desc" }, { id: "desc" }] as [{ [P in K]: "desc" }, { id: "desc" }];
}

/**
 * Splits rows fetched with `take: size + 1` into the page and the next cursor: the extra row only
 * tells that there is more, and is not shown.
 */
export function toPage<T extends { id: string }>(rows: T[], size: number, instantOf: (row: T) => Date): Page<T> {
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  return { items, next: rows.length > size && last ? { at: instantOf(last), id: last.id } : null };
}
