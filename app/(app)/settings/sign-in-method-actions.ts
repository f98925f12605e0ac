"use server";

import { buttonAction } from "@/lib/actions/action-client";
import { unlinkIdentity } from "@/lib/oidc/linked-identities";

export const unlinkIdentityAction = buttonAction({
  name: "unlinkIdentityAction",
  ids: ["identityId"],
  revalidate: ["/settings"],
  run: async ({ user, ids }) => {
    await unlinkIdentity(user, ids.identityId);
  },
});
