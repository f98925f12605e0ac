// Deliberately inert, as instrumentation.ts here: without a proxy of its own, Turbopack (Next
// 16.4) takes the repository's proxy.ts into the floor app. Its matcher names a path no
// benchmark asks for, so no measured request runs it.
import { NextResponse } from "next/server";

export function proxy(): NextResponse {
  return NextResponse.next();
}

export const config = { matcher: ["/never-matched"] };
