"use client";

// Copying text to the clipboard and saying how it went; a browser can refuse (no permission,
// an insecure origin), and then the person copies it by hand.
import { useState } from "react";

export type CopyStatus = "idle" | "copied" | "failed";

export function useCopy(): [CopyStatus, (text: string) => Promise<void>] {
  const [status, setStatus] = useState<CopyStatus>("idle");
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  };
  return [status, copy];
}

/** What to say after copying `what` (the text, the token…): nothing before the first try. */
export function copyStatusText(status: CopyStatus, what: string): string {
  return status === "copied" ? "Copied." : status === "failed" ? `Could not copy: select the ${what} and copy it yourself.` : "";
}
