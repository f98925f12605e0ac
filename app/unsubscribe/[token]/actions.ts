"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { unsubscribeWithToken } from "@/lib/unsubscribe/unsubscribe";

const TokenField = z.object({ token: z.string().min(1).max(300) });

export async function unsubscribeAction(formData: FormData): Promise<void> {
  const parsed = TokenField.safeParse({ token: formData.get("token") });
  const result = parsed.success ? await unsubscribeWithToken(parsed.data.token) : { ok: false as const };
  const token = parsed.success ? parsed.data.token : "invalid";
  redirect(`/unsubscribe/${encodeURIComponent(token)}?done=${result.ok ? "1" : "0"}`);
}
