import { SubmitButton } from "@/components/ui/submit-button";
import type { PlainAction } from "@/lib/validation/form-action";
import { BrowserTimeZoneInput } from "./time-zone-input";
import { OrDivider } from "@/components/ui/or-divider";

/** "Continue with <provider>": posts to next-auth's sign-in for the operator's OpenID provider. */
export function OidcSignIn({ action, displayName, next, divider }: { action: PlainAction; displayName: string; next?: string | null; divider: boolean }) {
  return (
    <>
      <form action={action}>
        {next ? <input type="hidden" name="next" value={next} /> : null}
        {/* A new account starts in the browser's zone (lib/oidc/sign-up-time-zone.ts). */}
        <BrowserTimeZoneInput />
        <SubmitButton variant="secondary" className="w-full" pendingLabel={`Opening ${displayName}…`}>
          Continue with {displayName}
        </SubmitButton>
      </form>
      {divider ? <OrDivider /> : null}
    </>
  );
}
