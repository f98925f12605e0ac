// Settings → Sign-in methods: the provider sign-in linked to the account (which provider, the
// email it vouched for, when it was linked) and unlinking it. Unlinking never locks anyone
// out: a link emailed to the account's address always remains a way in.
import type { LinkedIdentity } from "@/lib/oidc/linked-identities";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PlainAction } from "@/lib/validation/form-action";

const date = (value: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone }).format(value);

type Props = { identities: LinkedIdentity[]; providerName: string; accountEmail: string; passwordSignIn: boolean; unlinkAction: PlainAction; timeZone: string };

export function SignInMethods({ identities, providerName, accountEmail, passwordSignIn, unlinkAction, timeZone }: Props) {
  const remaining = passwordSignIn ? "your password or a link emailed to" : "a link emailed to";
  return (
    <div className="space-y-4">
      {identities.length === 0 ? (
        <p className="text-slate-700">
          No {providerName} sign-in is linked. To link one, sign out and choose “Continue with {providerName}”: you will be asked to confirm that this account is yours.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200" aria-label="Linked sign-ins">
          {identities.map((identity) => (
            <li key={identity.id} className="flex flex-wrap items-center justify-between gap-4 p-4">
              <div className="min-w-0">
                <h3 className="font-semibold text-slate-900">{providerName}</h3>
                <p className="text-sm wrap-anywhere text-slate-700">{identity.email}</p>
                <p className="text-sm text-slate-700">Linked {date(identity.linkedAt, timeZone)}</p>
              </div>
              <form action={unlinkAction}>
                <input type="hidden" name="identityId" value={identity.id} />
                <SubmitButton variant="secondary" pendingLabel="Unlinking…">
                  Unlink
                  <span className="sr-only">
                    {" "}
                    {providerName} ({identity.email})
                  </span>
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm text-slate-700">
        You can always sign in with {remaining} <strong className="wrap-anywhere">{accountEmail}</strong>, so unlinking never locks you out.
      </p>
    </div>
  );
}
