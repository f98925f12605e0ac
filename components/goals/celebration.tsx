import type { ReactNode } from "react";
import { GiftIcon } from "./icons";

// Confetti that bursts out once from behind the heading and comes to rest around it. CSS only
// (app/globals.css, .celebration-*): no script, nothing added to the bundle, and with
// prefers-reduced-motion: reduce no animation is defined at all, so nothing moves.
// Each piece flies out from near the middle (behind the heading) to its resting place.
const PIECES = [
  { left: 6, top: 14, tilt: 40, color: "bg-amber-400", delay: 0 },
  { left: 16, top: 6, tilt: -35, color: "bg-brand-600", delay: 60 },
  { left: 27, top: 20, tilt: 65, color: "bg-sky-400", delay: 120 },
  { left: 38, top: 4, tilt: -55, color: "bg-rose-400", delay: 30 },
  { left: 62, top: 8, tilt: 45, color: "bg-amber-500", delay: 90 },
  { left: 72, top: 18, tilt: -60, color: "bg-brand-200", delay: 150 },
  { left: 83, top: 5, tilt: 50, color: "bg-sky-400", delay: 40 },
  { left: 94, top: 16, tilt: -45, color: "bg-rose-400", delay: 110 },
];

function Confetti() {
  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-x-0 top-0 h-28">
      {PIECES.map((piece) => (
        <span
          key={piece.left}
          className={`celebration-piece absolute h-1.5 w-3 rounded-sm ${piece.color}`}
          style={
            {
              left: `${piece.left}%`,
              top: `${piece.top}px`,
              transform: `rotate(${piece.tilt}deg)`,
              "--from-x": `${(50 - piece.left) * 4}px`,
              "--from-y": `${40 - piece.top}px`,
              "--tilt": `${piece.tilt}deg`,
              "--delay": `${piece.delay}ms`,
            } as React.CSSProperties
          }
        />
      ))}
    </div>
  );
}

type Props = {
  title: string;
  /** What the person promised themselves: the visual centre of the moment. */
  reward: string | null;
  /** The page's own heading level: the achieve page's h1, or an h2 under "Achievements". */
  headingLevel?: "h1" | "h2";
  /** Below the title (the date it was achieved). */
  details?: ReactNode;
  children?: ReactNode;
};

/** The achievement moment: "You did it!", the goal, and the reward front and centre. */
export function Celebration({ title, reward, headingLevel = "h1", details, children }: Props) {
  const Heading = headingLevel;
  return (
    <section aria-labelledby="celebration-heading" data-testid="celebration" className="relative overflow-hidden rounded-2xl border border-amber-200 bg-gradient-to-b from-amber-50 to-white px-5 pb-7 pt-12 text-center shadow-sm sm:px-8 sm:pb-9">
      <Confetti />
      <Heading id="celebration-heading" className="celebration-rise relative text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
        You did it!
      </Heading>
      <p className="celebration-rise relative mt-2 text-lg font-semibold text-slate-800 [overflow-wrap:anywhere]">{title}</p>
      {details}
      {reward ? (
        <div className="celebration-reward relative mx-auto mt-6 max-w-md rounded-2xl bg-white px-5 py-6 shadow-md ring-2 ring-amber-300">
          <span className="celebration-pop mx-auto flex h-16 w-16 items-center justify-center rounded-full bg-amber-100 ring-4 ring-amber-50">
            <GiftIcon className="h-9 w-9 text-amber-700" />
          </span>
          <p className="mt-3 text-sm font-semibold uppercase tracking-wide text-amber-900">Time for your reward:</p>
          <p className="mt-1 text-2xl font-bold leading-snug text-slate-900 [overflow-wrap:anywhere] sm:text-3xl">{reward}</p>
        </div>
      ) : null}
      {children}
    </section>
  );
}
