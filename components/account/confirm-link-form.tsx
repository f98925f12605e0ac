import { SubmitButton } from "@/components/ui/submit-button";

/**
 * Links in emails open a page with this button instead of acting on GET: mail scanners that
 * prefetch links must not use up a single-use token.
 */
export function ConfirmLinkForm({ action, token, label }: { action: (formData: FormData) => Promise<void>; token: string; label: string }) {
  return (
    <form action={action}>
      <input type="hidden" name="token" value={token} />
      <SubmitButton className="w-full">{label}</SubmitButton>
    </form>
  );
}
