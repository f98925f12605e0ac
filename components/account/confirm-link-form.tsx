import { SubmitButton } from "@/components/ui/submit-button";
import type { PlainAction } from "@/lib/validation/form-action";

/**
 * Links in emails open a page with this button instead of acting on GET: mail scanners that
 * prefetch links must not use up a single-use token.
 */
export function ConfirmLinkForm({ action, token, label, next }: { action: PlainAction; token: string; label: string; next?: string | null }) {
  return (
    <form action={action}>
      <input type="hidden" name="token" value={token} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <SubmitButton className="w-full">{label}</SubmitButton>
    </form>
  );
}
