/** "or" between two ways of doing the same thing, on a thin rule. */
export function OrDivider() {
  return <p className="my-6 flex items-center gap-3 text-sm text-slate-600 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">or</p>;
}
