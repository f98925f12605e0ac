"use client";

// The live review page: each person's goals with a decision form, and the shared notes. The
// page polls the session's state every few seconds and shows the buddy's saves without
// reloading; a field someone is editing is never overwritten under them. Saves carry the
// version they started from: if the buddy saved first, the save is refused and the buddy's
// version is shown next to the person's own text, which stays, so nothing is lost.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { AgendaGoal, AgendaPerson } from "@/lib/reviews/agenda";
import type { DecisionDto } from "@/lib/reviews/review-dto";
import type { ReviewState } from "@/lib/reviews/review-state";
import type { GoalSnapshot, SaveDecisionResult } from "@/lib/reviews/save-decision";
import type { DecisionKind } from "@/lib/reviews/schemas";
import type { ActionFailure } from "@/lib/actions/create-action-client";
import type { SaveNotesResult } from "@/lib/reviews/save-notes";
import { formatCalendarDate } from "@/lib/time/calendar-date";
import { formatTime } from "@/lib/time/format";
import { formatNumber } from "@/lib/goals/progress-chart";
import { Button } from "@/components/ui/button";
import { FieldFrame, TextField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { ProgressBar } from "@/components/goals/progress-bar";
import { mergeReviewState } from "./review-live-state";
import { saveFailureText, useVersionedDraft, type SaveMessage } from "./versioned-draft";

const POLL_MS = 2500;

const DECISION_LABELS: Record<DecisionKind, string> = { KEEP: "Keep", ADJUST: "Adjust", DROP: "Drop", ACHIEVED: "Mark achieved" };
const DECISION_DONE: Record<DecisionKind, string> = { KEEP: "keep", ADJUST: "adjust", DROP: "drop", ACHIEVED: "mark achieved" };

type Actions = {
  saveDecision: (formData: FormData) => Promise<SaveDecisionResult | ActionFailure>;
  saveNotes: (formData: FormData) => Promise<SaveNotesResult | ActionFailure>;
};

type Props = {
  sessionId: string;
  initial: ReviewState;
  people: AgendaPerson[];
  buddyName: string;
  timeZone: string;
  actions: Actions;
};

type Draft = { decision: DecisionKind | ""; newDeadline: string; newTargetValue: string; note: string };

const draftOf = (decision: DecisionDto | null): Draft => ({
  decision: decision?.decision ?? "",
  newDeadline: decision?.newDeadline ?? "",
  newTargetValue: decision?.newTargetValue === null || decision?.newTargetValue === undefined ? "" : String(decision.newTargetValue),
  note: decision?.note ?? "",
});

function describe(decision: DecisionDto): string {
  const parts = [DECISION_LABELS[decision.decision]];
  if (decision.newDeadline) parts.push(`new deadline ${formatCalendarDate(decision.newDeadline)}`);
  if (decision.newTargetValue !== null) parts.push(`new target ${formatNumber(decision.newTargetValue)}`);
  return `${parts.join(", ")}${decision.note ? `. Note: “${decision.note}”` : ""}`;
}

export function ReviewSessionLive({ sessionId, initial, people, buddyName, timeZone, actions }: Props) {
  const [state, setState] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  const router = useRouter();
  // The poll compares with the latest state without restarting its timer on every change.
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const editable = state.status === "SCHEDULED";

  useEffect(() => {
    if (!editable) return;
    let stopped = false;
    const poll = async () => {
      if (document.hidden) return;
      try {
        const response = await fetch(`/api/reviews/${sessionId}/state`, { cache: "no-store", headers: { accept: "application/json" } });
        if (!response.ok || stopped) return;
        const incoming = (await response.json()) as ReviewState;
        const previous = stateRef.current;
        for (const decision of incoming.decisions) {
          const known = previous.decisions.find((candidate) => candidate.goalId === decision.goalId);
          if (decision.updatedBy && !decision.updatedBy.isMe && (!known || known.version < decision.version)) {
            const title = people.flatMap((person) => person.goals).find((goal) => goal.id === decision.goalId)?.title ?? "a goal";
            setAnnouncement(`${decision.updatedBy.name} saved a decision on “${title}”: ${DECISION_DONE[decision.decision]}.`);
          }
        }
        if (incoming.notesVersion > previous.notesVersion) setAnnouncement(`The shared notes changed.`);
        setState((current) => mergeReviewState(current, incoming));
        if (incoming.status !== "SCHEDULED") {
          setAnnouncement(incoming.status === "COMPLETED" ? `${incoming.completedByName ?? buddyName} closed the review.` : "The review was cancelled.");
          router.refresh();
        }
      } catch {
        // Offline for a moment: the next poll catches up.
      }
    };
    const timer = setInterval(poll, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [editable, sessionId, people, buddyName, router]);

  const onDecisionSaved = (decision: DecisionDto, goal: GoalSnapshot) => setState((current) => mergeReviewState(current, { ...current, decisions: [decision], goals: [goal] }));

  return (
    <div className="space-y-10">
      <div aria-live="polite" role="status" className="sr-only">
        {announcement}
      </div>
      {people.map((person) => (
        <section key={person.id} aria-labelledby={`person-${person.id}`} className="space-y-4">
          <h2 id={`person-${person.id}`} className="text-2xl font-semibold tracking-tight">
            {person.isMe ? "Your goals" : `${person.name}'s goals`}
          </h2>
          {person.goals.length === 0 ? (
            <p className="text-slate-700">{person.isMe ? "You have" : `${person.name} has`} no shared goals to review.</p>
          ) : (
            person.goals.map((goal) => (
              <GoalReview
                key={goal.id}
                sessionId={sessionId}
                goal={goal}
                ownerName={person.isMe ? "your" : `${person.name}'s`}
                decision={state.decisions.find((candidate) => candidate.goalId === goal.id) ?? null}
                live={state.goals.find((candidate) => candidate.id === goal.id) ?? null}
                editable={editable}
                buddyName={buddyName}
                timeZone={timeZone}
                save={actions.saveDecision}
                onSaved={onDecisionSaved}
              />
            ))
          )}
        </section>
      ))}
      <SharedNotes sessionId={sessionId} notes={state.notes} notesVersion={state.notesVersion} editable={editable} buddyName={buddyName} save={actions.saveNotes} onSaved={(notes, notesVersion) => setState((current) => (notesVersion > current.notesVersion ? { ...current, notes, notesVersion } : current))} />
    </div>
  );
}

type GoalReviewProps = {
  sessionId: string;
  goal: AgendaGoal;
  ownerName: string;
  decision: DecisionDto | null;
  live: GoalSnapshot | null;
  editable: boolean;
  buddyName: string;
  timeZone: string;
  save: Actions["saveDecision"];
  onSaved: (decision: DecisionDto, goal: GoalSnapshot) => void;
};

function GoalReview({ sessionId, goal, ownerName, decision, live, editable, buddyName, timeZone, save, onSaved }: GoalReviewProps) {
  const { draft, edit, pending, submitWith, saved, rebase, discard } = useVersionedDraft({ value: draftOf(decision), version: decision?.version ?? 0 });
  const [conflict, setConflict] = useState<DecisionDto | null>(null);
  const [message, setMessage] = useState<SaveMessage>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});

  const deadline = live?.deadline ?? goal.deadline;
  const targetValue = live ? live.targetValue : goal.targetValue;
  const status = live?.status ?? goal.status;
  const id = (name: string) => `goal-${goal.id}-${name}`;
  const update = (patch: Partial<Draft>) => edit((current) => ({ ...current, ...patch }));

  const submit = submitWith(save, (result) => {
    if (result.ok) {
      setConflict(null);
      setFieldErrors({});
      saved(draftOf(result.decision), result.decision.version);
      onSaved(result.decision, result.goal);
      setMessage({ tone: "success", text: `Saved: ${describe(result.decision)}.` });
    } else if (result.reason === "conflict") {
      // Keep what this person typed; show what the buddy saved; the next save replaces it knowingly.
      setConflict(result.current);
      rebase(result.current?.version ?? 0);
      if (result.current) onSaved(result.current, result.goal);
      setMessage({ tone: "error", text: `${result.current?.updatedBy?.name ?? buddyName} saved a decision on this goal first. Your version is still below: save again to replace theirs, or use theirs.` });
    } else if (result.reason === "invalid") {
      setFieldErrors(result.fieldErrors);
      setMessage({ tone: "error", text: "Please correct the highlighted fields." });
    } else {
      setMessage({ tone: "error", text: saveFailureText(result.reason, "decisions") });
    }
  });

  const useTheirs = () => {
    discard(draftOf(conflict));
    setConflict(null);
    setMessage(null);
  };

  return (
    <article aria-labelledby={id("title")} className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm" data-goal-id={goal.id}>
      <div className="space-y-2">
        <h3 id={id("title")} className="text-lg font-semibold text-slate-900">
          {goal.title}
        </h3>
        <ul className="flex flex-wrap gap-2 text-xs font-medium" aria-label={`About ${goal.title}`}>
          {goal.achievedSinceLastReview ? <li className="rounded-full bg-brand-50 px-2.5 py-0.5 text-brand-800 ring-1 ring-brand-200">Achieved since the last review</li> : null}
          {goal.droppedSinceLastReview ? <li className="rounded-full bg-slate-100 px-2.5 py-0.5 text-slate-800 ring-1 ring-slate-300">Dropped since the last review</li> : null}
          {goal.overdue ? <li className="rounded-full bg-red-50 px-2.5 py-0.5 text-red-800 ring-1 ring-red-200">Overdue</li> : null}
          {goal.dueNextQuarter ? <li className="rounded-full bg-amber-50 px-2.5 py-0.5 text-amber-900 ring-1 ring-amber-200">Due in the next 3 months</li> : null}
        </ul>
        <dl className="grid gap-x-6 gap-y-1 text-sm text-slate-800 sm:grid-cols-2">
          <div>
            <dt className="inline font-medium">Deadline: </dt>
            <dd className="inline" data-testid="goal-deadline">
              <time dateTime={deadline}>{formatCalendarDate(deadline)}</time>
            </dd>
          </div>
          {targetValue !== null ? (
            <div>
              <dt className="inline font-medium">Target: </dt>
              <dd className="inline">
                {formatNumber(targetValue)}
                {goal.measureUnit ? ` ${goal.measureUnit}` : ""}
              </dd>
            </div>
          ) : null}
          <div>
            <dt className="inline font-medium">Status: </dt>
            <dd className="inline">{status === "ACTIVE" ? "Active" : status === "ACHIEVED" ? "Achieved" : "Dropped"}</dd>
          </div>
          <div>
            <dt className="inline font-medium">Check-ins since the last review: </dt>
            <dd className="inline">{goal.checkInsSince}</dd>
          </div>
        </dl>
        <div className="max-w-md">
          <ProgressBar progress={goal.progressNow} label={`Progress on ${goal.title}`} />
          <p className="mt-1 text-sm text-slate-600">{goal.progressAtLastReview ? `At the last review: ${goal.progressAtLastReview.percent}%.` : "New since the last review."}</p>
        </div>
        {goal.latestCheckIn ? (
          <p className="text-sm text-slate-700">
            Latest check-in ({formatCalendarDate(goal.latestCheckIn.createdAt.slice(0, 10))}): “{goal.latestCheckIn.note}”
          </p>
        ) : null}
      </div>

      {editable ? (
        <form onSubmit={submit} className="space-y-4 border-t border-slate-100 pt-4" noValidate>
          <input type="hidden" name="sessionId" value={sessionId} />
          <input type="hidden" name="goalId" value={goal.id} />
          <FieldFrame group inputId={id("decision")} label={`Decision on ${ownerName} goal`} errors={fieldErrors.decision}>
            {() => (
              <div className="flex flex-wrap gap-x-5 gap-y-2">
                {goal.allowed.map((kind) => (
                  <label key={kind} className="inline-flex items-center gap-2 text-slate-900">
                    <input type="radio" name="decision" value={kind} checked={draft.decision === kind} onChange={() => update({ decision: kind })} className="h-4 w-4 border-slate-400 text-brand-700" />
                    {DECISION_LABELS[kind]}
                  </label>
                ))}
              </div>
            )}
          </FieldFrame>
          {draft.decision === "ADJUST" ? (
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField id={id("deadline")} label="New deadline" name="newDeadline" type="date" value={draft.newDeadline} onChange={(event) => update({ newDeadline: event.target.value })} errors={fieldErrors.newDeadline} />
              <TextField
                id={id("target")}
                label={`New target${goal.measureUnit ? ` (${goal.measureUnit})` : ""}`}
                name="newTargetValue"
                inputMode="decimal"
                value={draft.newTargetValue}
                onChange={(event) => update({ newTargetValue: event.target.value })}
                errors={fieldErrors.newTargetValue}
                hint="Optional. Leave empty to keep the target."
              />
            </div>
          ) : null}
          <TextareaField id={id("note")} label="Note" name="note" rows={2} limit={2000} value={draft.note} onChange={(event) => update({ note: event.target.value })} errors={fieldErrors.note} />
          {conflict ? (
            <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="conflict">
              <p className="font-semibold">{conflict.updatedBy?.name ?? buddyName}&apos;s version</p>
              <p>{describe(conflict)}</p>
              <Button type="button" variant="secondary" className="mt-2" onClick={useTheirs}>
                Use {conflict.updatedBy?.name ?? buddyName}&apos;s version
              </Button>
            </div>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={pending || draft.decision === ""} aria-disabled={pending || draft.decision === ""}>
              {pending ? "Saving…" : "Save decision"}
            </Button>
            {decision?.updatedBy ? (
              <p className="text-sm text-slate-600" data-testid="saved-by">
                Last saved by {decision.updatedBy.isMe ? "you" : decision.updatedBy.name} at {formatTime(new Date(decision.updatedAt), timeZone)}
              </p>
            ) : null}
          </div>
          <div aria-live="polite" role="status">
            <SaveStatusText message={message} />
          </div>
        </form>
      ) : (
        <p className="border-t border-slate-100 pt-4 text-slate-800" data-testid="final-decision">
          {decision ? `Decision: ${describe(decision)}` : "No decision was recorded."}
        </p>
      )}
    </article>
  );
}

type NotesProps = {
  sessionId: string;
  notes: string;
  notesVersion: number;
  editable: boolean;
  buddyName: string;
  save: Actions["saveNotes"];
  onSaved: (notes: string, notesVersion: number) => void;
};

function SharedNotes({ sessionId, notes, notesVersion, editable, buddyName, save, onSaved }: NotesProps) {
  const { draft: text, edit, pending, submitWith, saved, rebase } = useVersionedDraft({ value: notes, version: notesVersion });
  const [theirs, setTheirs] = useState<string | null>(null);
  const [message, setMessage] = useState<SaveMessage>(null);
  const [errors, setErrors] = useState<string[] | undefined>();

  const submit = submitWith(save, (result) => {
    if (result.ok) {
      saved(result.notes, result.notesVersion);
      setTheirs(null);
      setErrors(undefined);
      onSaved(result.notes, result.notesVersion);
      setMessage({ tone: "success", text: "Notes saved." });
    } else if (result.reason === "conflict") {
      rebase(result.notesVersion);
      setTheirs(result.notes);
      onSaved(result.notes, result.notesVersion);
      setMessage({ tone: "error", text: `${buddyName} changed the notes first. Your text is still here; their version is below. Combine them and save again.` });
    } else if (result.reason === "invalid") {
      setErrors(result.fieldErrors.notes);
      setMessage({ tone: "error", text: "Please correct the notes." });
    } else {
      setMessage({ tone: "error", text: saveFailureText(result.reason, "the notes") });
    }
  });

  return (
    <section aria-labelledby="notes-heading" className="space-y-3">
      <h2 id="notes-heading" className="text-2xl font-semibold tracking-tight">
        Shared notes
      </h2>
      {editable ? (
        <form onSubmit={submit} className="space-y-3" noValidate>
          <input type="hidden" name="sessionId" value={sessionId} />
          <TextareaField id="review-notes" label="Notes for both of you" name="notes" rows={5} limit={20000} value={text} onChange={(event) => edit(event.target.value)} errors={errors} hint="Both of you can edit these. Save to share them." />
          {theirs !== null ? (
            <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="notes-conflict">
              <p className="font-semibold">{buddyName}&apos;s version</p>
              <p className="whitespace-pre-line">{theirs || "(empty)"}</p>
            </div>
          ) : null}
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {pending ? "Saving…" : "Save notes"}
          </Button>
          <div aria-live="polite" role="status">
            <SaveStatusText message={message} />
          </div>
        </form>
      ) : (
        <p className="whitespace-pre-line text-slate-800">{notes || "No notes were written."}</p>
      )}
    </section>
  );
}

function SaveStatusText({ message }: { message: SaveMessage }) {
  if (!message) return null;
  return <p className={`rounded-lg px-3 py-2 text-sm font-medium ${message.tone === "error" ? "bg-red-50 text-red-800" : "bg-brand-50 text-brand-800"}`}>{message.text}</p>;
}
