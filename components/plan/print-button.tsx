"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (the page's print styles fit the plan on one sheet). */
export function PrintButton({ children = "Print" }: { children?: string }) {
  return (
    <Button type="button" onClick={() => window.print()}>
      {children}
    </Button>
  );
}
