import type { PairingHealthView } from "@/lib/buddies/pairing-health-view";
import type { PairingWishDto } from "@/lib/buddies/pairing-wishes";
import { feedbackStyleLabel } from "@/lib/buddies/pairing-wish-options";
import { cadenceLabel } from "@/lib/buddies/rules";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction, PlainAction } from "@/lib/validation/form-action";
import { PairingWishForm } from "./pairing-wish-form";

function ChoiceButton({ action, pairingId, label, variant = "secondary" }: { action: PlainAction; pairingId: string; label: string; variant?: "primary" | "secondary" }) {
  return (
    <form action={action}>
      <input type="hidden" name="pairingId" value={pairingId} />
      <SubmitButton variant={variant} pendingLabel="One moment…">
        {label}
      </SubmitButton>
    </form>
  );
}

/** The no-blame choice after a silence, or the paused state with a way back. */
export function PairingHealthBanner({
  health,
  pairingId,
  buddyName,
  actions,
  headingId = "health-heading",
}: {
  health: PairingHealthView;
  pairingId: string;
  buddyName: string;
  actions: { renew: PlainAction; pause: PlainAction; resume: PlainAction; end: PlainAction };
  /** Unique on a page with several banners (the dashboard). */
  headingId?: string;
}) {
  if (health.state === "active") return null;
  if (health.state === "paused") {
    return (
      <section aria-labelledby={headingId} className="rounded-xl border border-slate-300 bg-slate-50 p-5">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          Your pairing is paused
        </h2>
        <p className="mt-1 text-slate-700">{health.pausedByMe ? "You paused it." : `${buddyName} paused it.`} No nudges or reports go out until one of you resumes it. Everything you shared stays here.</p>
        <div className="mt-3">
          <ChoiceButton action={actions.resume} pairingId={pairingId} label="Resume our pairing" />
        </div>
      </section>
    );
  }
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-amber-300 bg-amber-50 p-5">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        It has been quiet between you and {buddyName}
      </h2>
      <p className="mt-1 text-slate-800">Neither of you has answered a report, commented or held a review for {health.silentCycles} check-in periods. That happens; life gets busy. How would you both like to go on?</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <ChoiceButton action={actions.renew} pairingId={pairingId} label="Renew our agreement" variant="primary" />
        <ChoiceButton action={actions.pause} pairingId={pairingId} label="Pause for now" />
        <details className="group">
          <summary className="inline-flex min-h-11 cursor-pointer list-none items-center rounded-lg px-4 font-semibold text-slate-800 underline underline-offset-4 [&::-webkit-details-marker]:hidden">End kindly</summary>
          <div className="mt-3 max-w-xl space-y-3 rounded-xl border border-slate-200 bg-white p-4">
            <p className="text-sm text-slate-800">The pairing ends for both of you, with thanks. Your goals, check-ins and reports stay in your history, and you can invite someone new.</p>
            <ChoiceButton action={actions.end} pairingId={pairingId} label="Yes, end it kindly" />
          </div>
        </details>
      </div>
    </section>
  );
}

function WishSummary({ who, wish }: { who: string; wish: PairingWishDto | null }) {
  return (
    <div className="rounded-xl border border-slate-200 p-4">
      <h3 className="font-semibold text-slate-900">{who}</h3>
      {wish ? (
        <dl className="mt-2 space-y-1 text-slate-800">
          <div>
            <dt className="inline font-medium">Check-ins: </dt>
            <dd className="inline">{cadenceLabel(wish.rhythm).toLowerCase()}</dd>
          </div>
          <div>
            <dt className="inline font-medium">Feedback: </dt>
            <dd className="inline">{feedbackStyleLabel(wish.feedbackStyle).toLowerCase()}</dd>
          </div>
          <div>
            <dt className="inline font-medium">Stays between us: </dt>
            <dd className="inline whitespace-pre-line break-words">{wish.confidential || "nothing said"}</dd>
          </div>
        </dl>
      ) : (
        <p className="mt-2 text-slate-600">Not said yet.</p>
      )}
    </div>
  );
}

/** What each person wants from the pairing, shown to both, and the reader's form. */
export function PairingWishesSection({ pairingId, buddyName, mine, theirs, action }: { pairingId: string; buddyName: string; mine: PairingWishDto | null; theirs: PairingWishDto | null; action: FormAction }) {
  return (
    <section aria-labelledby="wishes-heading">
      <Card>
        <h2 id="wishes-heading" className="text-xl font-semibold">
          What we each want from this
        </h2>
        <p className="mt-1 text-slate-700">A pairing works best when both say what they want and both get something from it.</p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <WishSummary who="You" wish={mine} />
          <WishSummary who={buddyName} wish={theirs} />
        </div>
        <div className="mt-5 border-t border-slate-100 pt-5">
          <h3 className="mb-3 font-semibold text-slate-900">{mine ? "Change what you want" : "Say what you want"}</h3>
          <PairingWishForm action={action} pairingId={pairingId} wish={mine ?? { rhythm: "WEEKLY", feedbackStyle: "ENCOURAGEMENT", confidential: "" }} />
        </div>
      </Card>
    </section>
  );
}
