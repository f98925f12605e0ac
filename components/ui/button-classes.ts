// The button look, without the components: for a module that must not import next/link (see app/not-found.tsx).
export type Variant = "primary" | "secondary" | "danger" | "ghost";

const variants: Record<Variant, string> = {
  // Busy or disabled buttons turn slate rather than faded, so their text keeps AA contrast.
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-600",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-600",
  ghost: "text-slate-700 hover:bg-slate-100",
};

export function buttonClasses(variant: Variant = "primary", extra = ""): string {
  return `inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2.5 text-sm font-semibold transition-colors disabled:cursor-not-allowed ${variants[variant]} ${extra}`;
}
