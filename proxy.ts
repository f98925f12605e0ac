// Tells pages which path was asked for, so requireUser() can send a signed-out person to
// sign in with `next` set and bring them back to that page (e.g. a goal linked from a reminder
// email). Next.js gives server components no other way to know the request's path. Only the
// signed-in area runs this; it reads nothing and decides nothing else.
import { NextResponse, type NextRequest } from "next/server";
import { REQUESTED_PATH_HEADER } from "@/lib/auth/requested-path";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUESTED_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: [
    "/dashboard/:path*",
    "/reflect/:path*",
    "/goals/:path*",
    "/buddies/:path*",
    "/timeline/:path*",
    "/achievements/:path*",
    "/interview-answers/:path*",
    "/settings/:path*",
    "/notifications/:path*",
    "/plan",
  ],
};
