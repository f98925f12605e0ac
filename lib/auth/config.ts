// next-auth wiring. Sessions are JWT cookies (credentials sign-in requires it); each carries
// the user's sessionVersion, and getCurrentUser() rejects a cookie whose version is stale, so
// changing or resetting a password or deleting the account ends sessions everywhere.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { SignInSchema, TokenSchema } from "./schemas";
import { getAuthSecret } from "./secret";
import { usesSecureCookies } from "./cookie-policy";
import { getEnv } from "@/lib/config/env";
import { authenticateWithPassword } from "@/lib/account/password-sign-in";
import { authenticateWithMagicLink } from "@/lib/account/magic-link";
import { clientIpFrom } from "@/lib/account/request-context";
import { encodeSignInRefusal, type SignInRefusal } from "./sign-in-refusal";
import { getOidcSettings, isPasswordSignInEnabled, OIDC_PROVIDER_ID } from "@/lib/oidc/oidc-settings";
import { oidcProvider, oidcSignInRedirect, oidcSessionUser } from "@/lib/oidc/next-auth-oidc";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
  }
}

/** Carries why sign-in was refused to the action; `code` is the only part next-auth passes on. */
class SignInRefused extends CredentialsSignin {
  constructor(reason: SignInRefusal, retryAfterSeconds?: number) {
    super();
    this.code = encodeSignInRefusal(reason, retryAfterSeconds);
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getAuthSecret(),
  trustHost: true,
  // From APP_URL, not the request: a TLS proxy may forward plain http without X-Forwarded-Proto.
  // This one switch sets Secure and the `__Secure-`/`__Host-` names on every auth cookie.
  useSecureCookies: usesSecureCookies(getEnv().APP_URL),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: {
    // A refused sign-in is an expected outcome, not an error worth a stack trace.
    error(error: Error) {
      if (error instanceof CredentialsSignin) return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      id: "password",
      name: "Password",
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        // The operator turned password sign-in off (PASSWORD_SIGN_IN=off): the form is gone, and a hand-made POST is refused too.
        if (!isPasswordSignInEnabled()) throw new SignInRefused("invalid_credentials");
        const parsed = SignInSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid_credentials");
        const result = await authenticateWithPassword(parsed.data, { ip: clientIpFrom(request.headers) });
        if (!result.ok) throw new SignInRefused(result.reason, result.reason === "rate_limited" ? result.retryAfterSeconds : undefined);
        return result.user;
      },
    }),
    Credentials({
      id: "magic-link",
      name: "Email link",
      credentials: { token: {} },
      async authorize(raw) {
        const token = TokenSchema.safeParse(raw?.token);
        const user = token.success ? await authenticateWithMagicLink(token.data) : null;
        if (!user) throw new SignInRefused("invalid_link");
        return user;
      },
    }),
    ...oidcProvider(getOidcSettings(), getEnv().APP_URL),
  ],
  callbacks: {
    // Only the OpenID provider gets here with a profile (credentials decide in authorize()).
    async signIn({ account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      return oidcSignInRedirect(profile);
    },
    async jwt({ token, user, account, profile }) {
      if (account?.provider === OIDC_PROVIDER_ID) {
        // The provider's user is not ours: the signIn callback linked or created ours; find it.
        const ours = await oidcSessionUser(profile, account.providerAccountId);
        if (!ours) return null;
        return { sub: ours.id, sv: ours.sessionVersion };
      }
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
        // Only the id and version are needed; the rest is loaded fresh on each request.
        delete token.name;
        delete token.email;
        delete token.picture;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.sessionVersion = typeof token.sv === "number" ? token.sv : -1;
      return session;
    },
  },
}));
