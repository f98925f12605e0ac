// The pieces both outbox pages are built from: a titled section of a saved email, and a table
// with a header row of column names.
import type { ReactNode } from "react";

export function OutboxSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function OutboxTable({ columns, caption, className, children }: { columns: string[]; caption?: ReactNode; className: string; children: ReactNode }) {
  return (
    <div className={`${className} overflow-x-auto rounded-lg border border-slate-200 bg-white`}>
      <table className="w-full text-left text-sm">
        {caption ? <caption className="px-4 py-3 text-left text-slate-700">{caption}</caption> : null}
        <thead className={`${caption ? "border-y" : "border-b"} border-slate-200 bg-slate-50 text-slate-700`}>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-4 py-2 font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">{children}</tbody>
      </table>
    </div>
  );
}
