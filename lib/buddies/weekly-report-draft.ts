// The words of a drafted report, from what happened in the period on the goals the person
// shares with buddies: done (steps finished, check-ins), stuck (steps past their date, goals
// with no movement) and next (the nearest open steps). Pure; the planner gathers the items.
import { REPORT_PART_MAX } from "./weekly-report-kinds";

export type DraftItem = { kind: "step-done"; goal: string; title: string } | { kind: "check-in"; goal: string; count: number } | { kind: "overdue"; goal: string; title: string; deadline: string } | { kind: "quiet"; goal: string } | { kind: "upcoming"; goal: string; title: string; deadline: string | null };

export type ReportParts = { done: string; stuck: string; next: string };

/** Lines per part: a report is read in a minute; the rest is summed up in one line. */
const MAX_LINES = 6;

function lines(entries: string[], empty: string): string {
  if (entries.length === 0) return empty;
  const shown: string[] = [];
  for (const entry of entries.slice(0, MAX_LINES)) {
    if ([...shown, `• ${entry}`].join("\n").length > REPORT_PART_MAX - 40) break;
    shown.push(`• ${entry}`);
  }
  const rest = entries.length - shown.length;
  return rest > 0 ? [...shown, `• and ${rest} more`].join("\n") : shown.join("\n");
}

export function composeReportDraft(items: DraftItem[]): ReportParts {
  const done: string[] = [];
  const stuck: string[] = [];
  const next: string[] = [];
  for (const item of items) {
    switch (item.kind) {
      case "step-done":
        done.push(`Finished “${item.title}” (${item.goal})`);
        break;
      case "check-in":
        done.push(`Checked in on “${item.goal}”${item.count > 1 ? ` ${item.count} times` : ""}`);
        break;
      case "overdue":
        stuck.push(`“${item.title}” (${item.goal}) was due ${item.deadline}`);
        break;
      case "quiet":
        stuck.push(`No movement on “${item.goal}” this time`);
        break;
      case "upcoming":
        next.push(`“${item.title}” (${item.goal})${item.deadline ? ` by ${item.deadline}` : ""}`);
        break;
    }
  }
  return {
    done: lines(done, "Nothing finished this time."),
    stuck: lines(stuck, "Nothing stuck."),
    next: lines(next, "No steps planned yet."),
  };
}
