// Runs before every page:
// - security headers, per request: a Content-Security-Policy with a fresh nonce,
//   Permissions-Policy, and HSTS when APP_URL is https (lib/security/security-headers.ts).
//   Next.js reads the nonce from the *request's* Content-Security-Policy header and puts it on
//   the scripts it renders, so the policy is set on the request as well as on the response. A
//   nonce must be new for every response, so no page can be prerendered: the root layout asks
//   for a request (connection()) to render each page on demand;
// - the path that was asked for, so requireUser() can send a signed-out person to sign in with
//   `next` set and bring them back (e.g. a goal linked from a reminder email). Server components
//   have no other way to know the request's path; `next` is checked as same-site where it is used.
import { NextResponse, type NextRequest } from "next/server";
import { REQUESTED_PATH_HEADER } from "@/lib/auth/requested-path";
import { getEnv } from "@/lib/config/env";
import { createNonce, pageSecurityHeaders } from "@/lib/security/security-headers";

export function proxy(request: NextRequest): NextResponse {
  const headers = pageSecurityHeaders({ nonce: createNonce(), appUrl: getEnv().APP_URL, development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"] as string);
  requestHeaders.set(REQUESTED_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API routes (JSON, the calendar feed, .ics) and build assets run no script a
      // policy could govern, and skipping them keeps the proxy off the hot paths.
      source: "/((?!api/|_next/static/|_next/image|favicon.ico).*)",
      // Link prefetches fetch RSC data, not a document.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
