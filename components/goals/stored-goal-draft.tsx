"use client";

// Keeps a new goal's draft (and the wizard's step) in this browser while it is written, puts it
// back when the person returns to /goals/new, and warns before the tab is closed with unsaved
// text. The draft is dropped when the goal is submitted and written again if the server refuses it.
import { useEffect, useState } from "react";
import { GOAL_DRAFT_FIELDS, type GoalDraft } from "@/lib/goals/goal-draft";
import type { FormState } from "@/lib/validation/form-state";
import { Notice } from "@/components/ui/card";
import { clearDraft, readDraft, useHydrated, useWarnBeforeLeaving, writeDraft } from "@/components/drafts/browser-draft";

type StoredGoal = { draft: GoalDraft; step?: number };

export type GoalDraftStorage = {
  /** Where the draft is kept (names the user); null keeps nothing (editing an existing goal). */
  key: string | null;
  /** Put a stored draft back on arrival; false when the page opened with its own prefill. */
  restore: boolean;
};

function isGoalDraft(value: unknown): value is GoalDraft {
  return typeof value === "object" && value !== null && GOAL_DRAFT_FIELDS.every((field) => typeof (value as Record<string, unknown>)[field] === "string");
}

function sameDraft(a: GoalDraft, b: GoalDraft): boolean {
  return GOAL_DRAFT_FIELDS.every((field) => a[field] === b[field]);
}

export function useStoredGoalDraft({ storage, initial, draft, replace, state, step, setStep }: { storage: GoalDraftStorage | undefined; initial: GoalDraft; draft: GoalDraft; replace: (draft: GoalDraft) => void; state: FormState; step?: number; setStep?: (step: number) => void }) {
  const key = storage?.key ?? null;
  const hydrated = useHydrated();
  const [loaded, setLoaded] = useState(false);
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [answeredState, setAnsweredState] = useState(state);

  // Once hydrated (there is no localStorage on the server): restore the stored draft, once.
  // Done while rendering, as React advises for state that follows a changed value.
  if (hydrated && !loaded) {
    setLoaded(true);
    const stored = key && storage?.restore && state.status !== "error" ? readDraft<StoredGoal>(key) : null;
    if (stored && isGoalDraft(stored.value?.draft) && !sameDraft(stored.value.draft, initial)) {
      replace(stored.value.draft);
      if (setStep && typeof stored.value.step === "number") setStep(stored.value.step);
      setRestoredAt(stored.savedAt);
    }
  }

  // The server refused the goal: keep the draft again until it is fixed.
  if (state !== answeredState) {
    setAnsweredState(state);
    if (state.status === "error") setSubmitting(false);
  }

  const changed = !sameDraft(draft, initial);
  useEffect(() => {
    if (!key || !loaded || submitting) return;
    if (changed) writeDraft<StoredGoal>(key, { draft, step });
    else clearDraft(key);
  }, [key, loaded, draft, step, changed, submitting]);

  useWarnBeforeLeaving(Boolean(key) && changed && !submitting);

  return {
    /** Call when the form is submitted. */
    onSubmitted() {
      setSubmitting(true);
      if (key) clearDraft(key);
    },
    notice: restoredAt ? (
      <RestoredNotice
        savedAt={restoredAt}
        onStartOver={() => {
          if (key) clearDraft(key);
          replace(initial);
          setStep?.(0);
          setRestoredAt(null);
        }}
      />
    ) : null,
  };
}

function RestoredNotice({ savedAt, onStartOver }: { savedAt: number; onStartOver: () => void }) {
  const when = new Date(savedAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="mb-6" role="status">
      <Notice tone="info">
        <p>
          We kept the goal you were writing (last change {when}). Carry on where you left off, or{" "}
          <button type="button" onClick={onStartOver} className="font-semibold underline underline-offset-4">
            start over
          </button>
          .
        </p>
      </Notice>
    </div>
  );
}
