// Whether next-auth's cookies are Secure, decided once from the public address (APP_URL).
//
// Left to itself next-auth decides per request from the request's protocol, which behind a TLS
// proxy that sends no X-Forwarded-Proto is http: cookies would lose `Secure` and their
// `__Secure-`/`__Host-` names, and the name the session reader expects would differ from the
// one next-auth wrote. Both read this instead (lib/auth/config.ts, lib/auth/session-cookie.ts).

/** True when the app is served over https: every auth cookie is Secure and prefixed. */
export function usesSecureCookies(appUrl: string): boolean {
  return new URL(appUrl).protocol === "https:";
}

/**
 * next-auth's session cookie name for that choice (@auth/core's defaultCookies). Only this name
 * is read: on https a cookie without the `__Secure-` prefix may have been planted over plain
 * http by someone on the network, and the browser guarantees the prefixed one was not.
 */
export function sessionCookieName(appUrl: string): "__Secure-authjs.session-token" | "authjs.session-token" {
  return usesSecureCookies(appUrl) ? "__Secure-authjs.session-token" : "authjs.session-token";
}
