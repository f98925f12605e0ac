"use server";

// The live review session: saving a decision or the shared notes returns the typed outcome
// (saved, or a conflict carrying what the buddy saved) to the client component, which keeps
// the person's own text either way. Closing completes the session for both.
import { buttonAction, redirectTo, resultAction } from "@/lib/actions/action-client";
import { ReviewDecisionSchema, ReviewNotesSchema } from "@/lib/reviews/schemas";
import { saveReviewDecision } from "@/lib/reviews/save-decision";
import { saveReviewNotes } from "@/lib/reviews/save-notes";
import { closeReviewSession } from "@/lib/reviews/close-review";

const GOAL_PAGES = [["/goals/[id]", "page"], "/goals", "/dashboard"] as const;

export const saveDecisionAction = resultAction({
  name: "saveDecisionAction",
  ids: ["sessionId"],
  schema: ReviewDecisionSchema,
  revalidate: GOAL_PAGES,
  run: ({ user, ids, input }) => saveReviewDecision(user, ids.sessionId, input),
});

export const saveNotesAction = resultAction({
  name: "saveNotesAction",
  ids: ["sessionId"],
  schema: ReviewNotesSchema,
  run: ({ user, ids, input }) => saveReviewNotes(user, ids.sessionId, input),
});

export const closeReviewAction = buttonAction({
  name: "closeReviewAction",
  ids: ["pairingId", "sessionId"],
  revalidate: ({ ids }) => [...GOAL_PAGES, `/buddies/${ids.pairingId}`],
  run: async ({ user, ids, formData }) => {
    // Only the confirmation's button closes: a stray or replayed POST without it changes nothing.
    if (formData.get("confirm") !== "yes") return redirectTo(`/buddies/${ids.pairingId}/reviews/${ids.sessionId}`);
    await closeReviewSession(user, ids.sessionId);
    return redirectTo(`/buddies/${ids.pairingId}/reviews/${ids.sessionId}?closed=1`);
  },
});
