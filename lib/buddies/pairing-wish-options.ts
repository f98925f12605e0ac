// What the "what I want from this" form and the report setting offer. No zod here: the forms
// are client components (see email-preference-choices.ts for why).
export const WISH_CONFIDENTIAL_MAX = 500;

export const FEEDBACK_STYLES = [
  { value: "ENCOURAGEMENT", label: "Encouragement", hint: "Cheer me on; point out what is going well." },
  { value: "CANDID", label: "Candid critique", hint: "Tell me plainly what is not working." },
] as const;

export const REPORT_MODES = [
  { value: "OFF", label: "Off", hint: "No weekly report to this buddy." },
  { value: "DRAFT", label: "Draft it for me to send", hint: "Stepwise drafts it each period; you edit and send it." },
  { value: "AUTO", label: "Send it automatically", hint: "The draft goes to your buddy as it is." },
] as const;

export type FeedbackStyle = (typeof FEEDBACK_STYLES)[number]["value"];
export type ReportMode = (typeof REPORT_MODES)[number]["value"];

export const feedbackStyleLabel = (style: FeedbackStyle) => FEEDBACK_STYLES.find((option) => option.value === style)?.label ?? style;
