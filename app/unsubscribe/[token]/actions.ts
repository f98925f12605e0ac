"use server";

import { z } from "zod";
import { publicButtonAction, redirectTo } from "@/lib/actions/action-client";
import { unsubscribeWithToken } from "@/lib/unsubscribe/unsubscribe";

const TokenField = z.object({ token: z.string().min(1).max(300) });

export const unsubscribeAction = publicButtonAction({
  name: "unsubscribeAction",
  run: async ({ formData }) => {
    const parsed = TokenField.safeParse({ token: formData.get("token") });
    const done = parsed.success && (await unsubscribeWithToken(parsed.data.token)).ok;
    const token = parsed.success ? parsed.data.token : "invalid";
    return redirectTo(`/unsubscribe/${encodeURIComponent(token)}?done=${done ? "1" : "0"}`);
  },
});
