// Runs a task after the current response has been sent (next/server's `after`), counted as
// pending work from the moment it is scheduled so a shutdown cannot slip in between the
// response and the task. Outside a request (scripts, tests) it runs at once and is awaited.
import { after } from "next/server";
import { trackPendingWork } from "./pending-work";

/** `task` must handle its own errors: nobody is left to report them to. */
export async function runAfterResponse(task: () => Promise<void>): Promise<void> {
  let markDone: () => void = () => {};
  const done = new Promise<void>((resolve) => (markDone = resolve));
  const run = () => task().finally(markDone);
  try {
    after(run);
  } catch {
    await run();
    return;
  }
  trackPendingWork(done);
}
