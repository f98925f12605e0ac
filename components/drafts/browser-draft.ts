"use client";

// Drafts of what someone is typing, kept in this browser (localStorage) so leaving the page, a
// crash or a closed tab loses nothing; each key names the signed-in user, so two people sharing
// a browser do not see each other's drafts. Cleared once the server has the text.
import { useEffect, useSyncExternalStore } from "react";

const PREFIX = "stepwise:draft:";
/** Old drafts are dropped rather than restored months later. */
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export type StoredDraft<T> = { value: T; savedAt: number };

export function readDraft<T>(key: string): StoredDraft<T> | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredDraft<T>;
    if (typeof parsed?.savedAt !== "number" || Date.now() - parsed.savedAt > MAX_AGE_MS) {
      window.localStorage.removeItem(PREFIX + key);
      return null;
    }
    return parsed;
  } catch {
    // Storage can be disabled or full (private windows): drafts are a convenience, never an error.
    return null;
  }
}

export function writeDraft<T>(key: string, value: T): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify({ value, savedAt: Date.now() } satisfies StoredDraft<T>));
  } catch {
    // See readDraft.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(PREFIX + key);
  } catch {
    // See readDraft.
  }
}

/** Asks the browser to confirm before closing or reloading the page while `unsaved` is true. */
export function useWarnBeforeLeaving(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);
}

const noSubscription = () => () => {};

/** False on the server and during hydration, true after: when the browser's storage may be read. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
