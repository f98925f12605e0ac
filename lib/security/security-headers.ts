// The security headers of every HTML page, built per request by proxy.ts (the CSP carries a
// fresh nonce each time; HSTS depends on APP_URL, which is known at run time, not build time).
// Headers that never vary (nosniff, Referrer-Policy, X-Frame-Options) are in next.config.js.

/** A fresh nonce for one response: 128 random bits, base64 (the characters CSP allows). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The Content-Security-Policy of one page. Next.js finds the nonce in the request's copy of this
 * header and puts it on every script it writes (its runtime, the RSC payload, React's
 * streaming scripts); 'strict-dynamic' lets those scripts load the chunks they need and nothing
 * else runs, since with 'strict-dynamic' the browser ignores 'self' and host sources for scripts.
 */
export function contentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's development build evaluates code for its debugging aids; production never does.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // 'unsafe-inline' for styles only: React renders style attributes (progress bars' widths) and
    // the wizard's <noscript> stylesheet is an inline <style>; a style cannot run code. No nonce
    // here on purpose: a nonce would make the browser ignore 'unsafe-inline'.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** Powerful features the app never uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = ["accelerometer=()", "autoplay=()", "camera=()", "display-capture=()", "geolocation=()", "gyroscope=()", "magnetometer=()", "microphone=()", "midi=()", "payment=()", "usb=()", "browsing-topics=()"].join(", ");

/** Strict-Transport-Security for a public https address (two years); null on http, where browsers ignore it anyway. */
export function strictTransportSecurity(appUrl: string): string | null {
  return new URL(appUrl).protocol === "https:" ? "max-age=63072000; includeSubDomains" : null;
}

/** Every header an HTML page gets from proxy.ts. */
export function pageSecurityHeaders({ nonce, appUrl, development }: { nonce: string; appUrl: string; development: boolean }): Record<string, string> {
  const hsts = strictTransportSecurity(appUrl);
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, { development }),
    "Permissions-Policy": PERMISSIONS_POLICY,
    ...(hsts ? { "Strict-Transport-Security": hsts } : {}),
  };
}
