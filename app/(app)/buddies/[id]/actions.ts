"use server";

// A buddy pairing's page: the agreement both people edit, comments and cheers on check-ins,
// and ending the pairing. addCommentAction also serves the owner's replies on their own goal
// page (components/buddies/check-in-thread.tsx), so it refreshes both kinds of page.
import { buttonAction, formAction, redirectTo, type RevalidateTarget } from "@/lib/actions/action-client";
import { CommentSchema, PairingRulesSchema } from "@/lib/buddies/schemas";
import { endPairing, updatePairingRules } from "@/lib/buddies/pairings";
import { addCheer, addComment } from "@/lib/buddies/comments";

/** A thread shows on the buddy's page and on the owner's goal page; the form cannot be trusted to say which. */
const THREAD_PAGES: RevalidateTarget[] = [["/buddies/[id]", "page"], ["/goals/[id]", "page"], "/notifications"];

export const updateRulesAction = formAction({
  name: "updateRulesAction",
  ids: ["pairingId"],
  schema: PairingRulesSchema,
  revalidate: ({ ids }) => [`/buddies/${ids.pairingId}`, "/buddies"],
  run: async ({ user, ids, input }) => {
    await updatePairingRules(user, ids.pairingId, input);
    return { status: "success", message: "Agreement saved. Your buddy will see the change." };
  },
});

export const addCommentAction = formAction({
  name: "addCommentAction",
  ids: ["checkInId"],
  schema: CommentSchema,
  revalidate: THREAD_PAGES,
  run: async ({ user, ids, input }) => {
    await addComment(user, ids.checkInId, input);
    return { status: "success", message: "Posted." };
  },
});

export const addCheerAction = buttonAction({
  name: "addCheerAction",
  ids: ["checkInId"],
  revalidate: THREAD_PAGES,
  run: ({ user, ids }) => addCheer(user, ids.checkInId),
});

export const endPairingAction = buttonAction({
  name: "endPairingAction",
  ids: ["pairingId"],
  revalidate: [["/buddies", "layout"]],
  run: async ({ user, ids }) => {
    await endPairing(user, ids.pairingId);
    return redirectTo("/buddies?ended=1");
  },
});
