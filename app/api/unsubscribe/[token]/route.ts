// One-click unsubscribe (RFC 8058): mail clients POST "List-Unsubscribe=One-Click" here, with
// no cookies and no confirmation step. A GET (a person or a link scanner following the URL)
// changes nothing and goes to the page, which asks first.
import { unsubscribeWithToken } from "@/lib/unsubscribe/unsubscribe";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

export async function POST(_request: Request, { params }: Context) {
  const result = await unsubscribeWithToken((await params).token);
  if (!result.ok) return Response.json({ error: "This unsubscribe link is not valid." }, { status: 400 });
  return Response.json({ unsubscribed: result.category });
}

export async function GET(request: Request, { params }: Context) {
  return Response.redirect(new URL(`/unsubscribe/${encodeURIComponent((await params).token)}`, request.url), 303);
}
