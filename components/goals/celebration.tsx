import type { ReactNode } from "react";

/** Decorative confetti for the achievement screen. Still, on purpose: nothing on the page moves. */
function Confetti() {
  const pieces = [
    { x: 8, y: 18, color: "fill-amber-400", rotate: 20 },
    { x: 22, y: 6, color: "fill-brand-600", rotate: -30 },
    { x: 38, y: 22, color: "fill-sky-400", rotate: 45 },
    { x: 62, y: 8, color: "fill-rose-400", rotate: -15 },
    { x: 78, y: 20, color: "fill-amber-500", rotate: 60 },
    { x: 92, y: 6, color: "fill-brand-200", rotate: -50 },
  ];
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 100 30" className="h-10 w-full">
      {pieces.map((piece) => (
        <rect key={`${piece.x}-${piece.y}`} x={piece.x} y={piece.y} width="4" height="2" rx="0.6" transform={`rotate(${piece.rotate} ${piece.x + 2} ${piece.y + 1})`} className={piece.color} />
      ))}
    </svg>
  );
}

/** The "You did it!" banner: the goal's title, and anything else the page adds below it. */
export function Celebration({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section aria-labelledby="celebration-heading" className="rounded-2xl border border-amber-200 bg-gradient-to-b from-amber-50 to-white p-6 text-center shadow-sm sm:p-8">
      <Confetti />
      <h1 id="celebration-heading" className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
        You did it!
      </h1>
      <p className="mt-3 text-lg font-semibold text-slate-800">{title}</p>
      {children}
    </section>
  );
}
