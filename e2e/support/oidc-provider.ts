// A real OpenID provider for the browser tests: the certified `oidc-provider` package, run in
// Playwright's process on loopback, with one client (Stepwise) and its development login and
// consent pages, which a spec completes like a person would. Who may sign in, and what the
// provider says about their email, is a table the spec fills.
//
// Plain http on 127.0.0.1: @auth/core (0.41, inside next-auth 5 beta) calls oauth4webapi with
// allowInsecureRequests for discovery, token and userinfo requests, and oidc-provider allows
// http issuers outside NODE_ENV=production, so no certificate is needed.
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import Provider from "oidc-provider";

export type OidcPerson = { email: string; email_verified: boolean; name: string };

export type TestOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The people who can sign in, by the login typed on the provider's page. */
  people: Map<string, OidcPerson>;
  stop(): Promise<void>;
};

/** Starts a provider on 127.0.0.1:`port` that redirects back to each of `appUrls` (their next-auth callback for the "oidc" provider). */
export async function startOidcProvider(port: number, appUrls: string[]): Promise<TestOidcProvider> {
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = "stepwise";
  const clientSecret = randomBytes(24).toString("base64url");
  const people = new Map<string, OidcPerson>();
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: appUrls.map((url) => `${url}/api/auth/callback/oidc`), grant_types: ["authorization_code"], response_types: ["code"] }],
    async findAccount(_ctx, sub) {
      const person = people.get(sub);
      if (!person) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...person }) };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put the email claims in the ID token (next-auth reads the person from it).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: [randomBytes(24).toString("base64url")] },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(port, "127.0.0.1", () => resolve(listening));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    people,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
