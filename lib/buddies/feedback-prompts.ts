// What a buddy's comment box suggests, fitted to what the goal's owner asked for: encouragement
// when they are new to this, candid critique when they are experienced, neutral questions when
// they did not say; and a welcome when the check-in is a comeback after a missed period. Every
// prompt compares the person with their own plan, never with anyone else. Pure: the buddy's page
// builds these on the server and the comment form shows them.
import type { FeedbackStyle } from "@/lib/db/generated/enums";

export type CommentPrompts = {
  /** A line above the box saying what the owner asked for; null when they did not say. */
  note: string | null;
  placeholder: string;
  /** Openings the buddy can put in the box with one click. */
  starters: string[];
};

export function commentPromptsFor(style: FeedbackStyle | null, ownerName: string, options: { comeback?: boolean } = {}): CommentPrompts {
  const base: CommentPrompts =
    style === "ENCOURAGEMENT"
      ? {
          note: `${ownerName} is new to this and asked for encouragement.`,
          placeholder: "What is going well? What small next step would help?",
          starters: ["What I like about this is ", "You have already ", "A small next step could be "],
        }
      : style === "CANDID"
        ? {
            note: `${ownerName} has done this before and asked for candid critique.`,
            placeholder: "What is weakest here, measured against the plan? What would you change?",
            starters: ["The weakest part against your plan is ", "I would change ", "What would convince you that "],
          }
        : { note: null, placeholder: "Ask a question or share a thought.", starters: ["How did it go?", "What is next for you on this?", "Can I help with "] };
  if (!options.comeback) return base;
  return {
    note: `${ownerName} is back after a break: a warm welcome helps more than a question about the gap.${base.note ? ` ${base.note}` : ""}`,
    placeholder: `Welcome ${ownerName} back.`,
    starters: [`Welcome back! Good to see you on this again.`, ...base.starters.slice(0, 2)],
  };
}
