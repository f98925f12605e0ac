"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies the answer box's current text (edits included) to the clipboard, and says so. */
export function CopyAnswerButton({ textareaId }: { textareaId: string }) {
  const [status, setStatus] = useState<"" | "Copied." | "Could not copy: select the text and copy it yourself.">("");
  const copy = async () => {
    const text = (document.getElementById(textareaId) as HTMLTextAreaElement | null)?.value ?? "";
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied.");
    } catch {
      setStatus("Could not copy: select the text and copy it yourself.");
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" onClick={copy}>
        Copy<span className="sr-only"> the answer</span>
      </Button>
      <span role="status" className="text-sm text-slate-700">
        {status}
      </span>
    </span>
  );
}
