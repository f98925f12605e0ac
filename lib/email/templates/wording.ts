// Small pieces of wording the templates share.

/** "Hi Ada," or "Hi," when the account has no name yet. */
export function greeting(name: string): string {
  const trimmed = name.trim();
  return trimmed ? `Hi ${trimmed},` : "Hi,";
}

/** "15 minutes", "1 hour", "24 hours". */
export function formatDuration(minutes: number): string {
  const whole = Math.max(1, Math.round(minutes));
  if (whole % 60 === 0) {
    const hours = whole / 60;
    return hours === 1 ? "1 hour" : `${hours} hours`;
  }
  return whole === 1 ? "1 minute" : `${whole} minutes`;
}

/** User text made safe for a subject line: control characters and line breaks become spaces, and it is cut to a readable length. */
export function oneLine(text: string, maxLength = 120): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
}
