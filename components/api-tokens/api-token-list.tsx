// Settings → API: the person's tokens with what each may do and when it was last used, and a
// revoke button that asks twice (a <details>, no script) because revoking cannot be undone.
import type { ApiTokenSummary } from "@/lib/api-tokens/manage-api-tokens";
import { ConfirmTwice } from "@/components/ui/confirm-twice";
import type { PlainAction } from "@/lib/validation/form-action";

const dateTime = (value: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(value);
const date = (value: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone }).format(value);

export function ApiTokenList({ tokens, revokeAction, timeZone, now }: { tokens: ApiTokenSummary[]; revokeAction: PlainAction; timeZone: string; now: Date }) {
  if (tokens.length === 0) return <p className="text-slate-700">You have no tokens yet.</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200" aria-label="Your tokens">
      {tokens.map((token) => {
        const expired = token.expiresAt !== null && token.expiresAt <= now;
        return (
          <li key={token.id} className="space-y-2 p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <h3 className="font-semibold break-words text-slate-900">{token.name}</h3>
              <code className="text-sm text-slate-600">{token.prefix}…</code>
            </div>
            <p className="text-sm text-slate-700">
              <span className="sr-only">Permissions: </span>
              {token.scopes.join(", ")}
            </p>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-3">
              <div>
                <dt className="inline font-medium">Created </dt>
                <dd className="inline">{date(token.createdAt, timeZone)}</dd>
              </div>
              <div>
                <dt className="inline font-medium">Last used </dt>
                <dd className="inline">{token.lastUsedAt ? dateTime(token.lastUsedAt, timeZone) : "never"}</dd>
              </div>
              <div>
                <dt className="inline font-medium">{expired ? "Expired " : "Expires "}</dt>
                <dd className={`inline ${expired ? "font-semibold text-red-800" : ""}`}>{token.expiresAt ? date(token.expiresAt, timeZone) : "never"}</dd>
              </div>
            </dl>
            <ConfirmTwice
              label={
                <>
                  Revoke<span className="sr-only"> {token.name}</span>
                </>
              }
              warning={
                <>
                  Anything using <strong>{token.name}</strong> stops working at once. This cannot be undone.
                </>
              }
              action={revokeAction}
              fields={{ tokenId: token.id }}
              confirmLabel={`Yes, revoke ${token.name}`}
              pendingLabel="Revoking…"
              width="max-w-xl"
            />
          </li>
        );
      })}
    </ul>
  );
}
