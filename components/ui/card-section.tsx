import type { ReactNode } from "react";
import { Card } from "./card";

/** A titled card that is a landmark section, named by its heading (settings and similar pages). */
export function CardSection({ id, title, anchor, small = false, children }: { id: string; title: ReactNode; anchor?: string; /** A card in a side column, its heading a size down. */ small?: boolean; children: ReactNode }) {
  return (
    <section id={anchor} aria-labelledby={`${id}-heading`} className={anchor ? "scroll-mt-6" : undefined}>
      <Card>
        <h2 id={`${id}-heading`} className={`mb-3 font-semibold ${small ? "text-lg" : "text-xl"}`}>
          {title}
        </h2>
        {children}
      </Card>
    </section>
  );
}
