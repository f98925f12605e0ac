"use server";

import { buttonAction, formAction } from "@/lib/actions/action-client";
import { CreateApiTokenSchema } from "@/lib/api-tokens/schemas";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/manage-api-tokens";
import type { CreateApiTokenState } from "@/components/api-tokens/create-api-token-form";

/** Creates a token and answers its secret, the only time it exists outside the caller's hands. */
export const createApiTokenAction = formAction({
  name: "createApiTokenAction",
  schema: CreateApiTokenSchema,
  lists: ["scopes"],
  revalidate: ["/settings/api"],
  run: async ({ user, input }): Promise<CreateApiTokenState> => {
    const { token, summary } = await createApiToken(user, input);
    return { status: "success", message: `Token “${summary.name}” created.`, token };
  },
});

export const revokeApiTokenAction = buttonAction({
  name: "revokeApiTokenAction",
  ids: ["tokenId"],
  revalidate: ["/settings/api"],
  run: async ({ user, ids }) => {
    await revokeApiToken(user, ids.tokenId);
  },
});
