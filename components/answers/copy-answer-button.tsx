"use client";

import { copyStatusText, useCopy } from "@/components/ui/use-copy";
import { Button } from "@/components/ui/button";

/** Copies the answer box's current text (edits included) to the clipboard, and says so. */
export function CopyAnswerButton({ textareaId }: { textareaId: string }) {
  const [status, copy] = useCopy();
  const copyAnswer = () => copy((document.getElementById(textareaId) as HTMLTextAreaElement | null)?.value ?? "");
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" onClick={copyAnswer}>
        Copy<span className="sr-only"> the answer</span>
      </Button>
      <span role="status" className="text-sm text-slate-700">
        {copyStatusText(status, "text")}
      </span>
    </span>
  );
}
