// Where to send someone after signing in: only a path on this site. "//evil.example",
// "/\evil.example", "https://…" and anything odd are refused, so a crafted link cannot turn
// our sign-in page into an open redirect.
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 500) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  try {
    const url = new URL(value, "http://stepwise.invalid");
    if (url.origin !== "http://stepwise.invalid") return null;
    return url.pathname + url.search + url.hash;
  } catch {
    return null;
  }
}
