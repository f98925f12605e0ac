import { Notice } from "@/components/ui/card";

export function OutboxBanner() {
  return (
    <div role="note" className="mb-6">
      <Notice tone="warning">
        <strong className="font-semibold">Development outbox</strong> — emails are saved here instead of being sent
      </Notice>
    </div>
  );
}

/** "2026-11-20 22:30:00 UTC": the same on every server, whatever its locale. */
export function formatOutboxDate(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
