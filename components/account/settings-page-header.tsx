import type { ReactNode } from "react";
import { BackLink } from "@/components/ui/back-link";

/** The top of a page under Settings: the way back, the page's name, and what it is for. */
export function SettingsPageHeader({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="space-y-2">
      <BackLink href="/settings">Settings</BackLink>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="text-slate-700">{children}</p>
    </div>
  );
}
