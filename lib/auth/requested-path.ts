// The request header proxy.ts sets to the path (and query) a page was asked for.
import { safeNextPath } from "./safe-next";

export const REQUESTED_PATH_HEADER = "x-stepwise-requested-path";

/** The sign-in page that returns to `path` afterwards (plain /sign-in for the dashboard or an odd path). */
export function signInPathReturningTo(path: string | null | undefined): string {
  const next = safeNextPath(path);
  if (!next || next === "/dashboard") return "/sign-in";
  return `/sign-in?next=${encodeURIComponent(next)}`;
}
