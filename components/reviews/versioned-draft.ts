// What both live forms of a review (a goal's decision, the shared notes) keep: the person's
// draft, the server version it is based on, and whether they are mid-edit. A save by the buddy
// (seen through polling) replaces the draft only when the person is not editing; a save sends
// `expectedVersion` so the server can refuse one based on an older version.
import { useState, useTransition, type FormEvent } from "react";

export function useVersionedDraft<T>(server: { value: T; version: number }) {
  const [pending, startTransition] = useTransition();
  const [draft, setDraft] = useState<T>(server.value);
  const [baseVersion, setBaseVersion] = useState(server.version);
  const [seenVersion, setSeenVersion] = useState(server.version);
  const [dirty, setDirty] = useState(false);

  if (server.version !== seenVersion && !pending) {
    setSeenVersion(server.version);
    if (!dirty) {
      setDraft(server.value);
      setBaseVersion(server.version);
    }
  }

  return {
    draft,
    dirty,
    /** The person typed: their draft now wins over polled values. */
    edit(update: T | ((current: T) => T)) {
      setDraft(update);
      setDirty(true);
    },
    /** A save is under way. */
    pending,
    /** The form's submit handler: saves its data, with the version this draft is based on, and hands on the answer. */
    submitWith<Result>(save: (formData: FormData) => Promise<Result>, answered: (result: Result) => void) {
      return (event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        formData.set("expectedVersion", String(baseVersion));
        startTransition(async () => answered(await save(formData)));
      };
    },
    /** Our save went through: the saved value is the new base. */
    saved(value: T, version: number) {
      setSeenVersion(version);
      setBaseVersion(version);
      setDraft(value);
      setDirty(false);
    },
    /** The buddy saved first: keep the person's text, and base the next save on their version. */
    rebase(version: number) {
      setSeenVersion(version);
      setBaseVersion(version);
    },
    /** Drop the person's edit in favour of a saved value. */
    discard(value: T) {
      setDraft(value);
      setDirty(false);
    },
  };
}

export type SaveMessage = { tone: "error" | "success"; text: string } | null;

/** What to tell the person when a save failed for a reason that is not theirs to fix in the form. */
export function saveFailureText(reason: string, what: string): string {
  return reason === "closed" ? `This review is closed: ${what} can no longer change.` : "That could not be saved just now. Please try again in a moment.";
}
