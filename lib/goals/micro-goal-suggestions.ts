// Starter steps offered on a goal page, per goal area, so an empty plan is never a blank page.
// Each comes with an action plan in the shape the add form asks for (what, resources, who can
// help). A suggestion disappears once the goal has a step with the same title, compared loosely
// (case, spacing and trailing punctuation ignored), so a user who tweaks "Ask for a raise." or
// adds it twice still sees it as taken.
import type { GoalCategory } from "@/lib/db/generated/enums";

export type MicroGoalSuggestion = { title: string; actionPlan: string };

const plan = (what: string, resources: string, helpers: string) => `What: ${what}\nResources: ${resources}\nWho can help: ${helpers}`;

export const MICRO_GOAL_SUGGESTIONS: Readonly<Record<GoalCategory, readonly MicroGoalSuggestion[]>> = {
  EARNINGS: [
    {
      title: "Ask for a raise",
      actionPlan: plan("List what you delivered this year, look up the market rate for your role, and book a meeting with your manager to ask for a specific number.", "Salary surveys for your role and city, your last performance review.", "A colleague who negotiated recently, a mentor, your buddy for a practice run."),
    },
    {
      title: "Apply for a promotion",
      actionPlan: plan("Find out what the next level requires, collect evidence that you already work at it, and ask your manager what the promotion process and timing are.", "Your company's career ladder or job levels, examples of your work.", "Your manager, someone who was promoted to that level recently."),
    },
    {
      title: "Change jobs",
      actionPlan: plan("Update your CV and profile, pick five companies that pay better for your role, and apply to one a week.", "Job boards, salary data, a CV template.", "Former colleagues at those companies, a recruiter, your buddy to review your CV."),
    },
  ],
  KNOWLEDGE: [
    {
      title: "Pick a course",
      actionPlan: plan("Compare three courses on the skill you need and enrol in one with a clear end date.", "Course reviews, your training budget.", "Your manager (to approve time or budget), someone who took the course."),
    },
    {
      title: "Block weekly study time",
      actionPlan: plan("Put a recurring two-hour block in your calendar and protect it like a meeting.", "Your calendar, a quiet place to work.", "Your buddy to check in on it every week."),
    },
    {
      title: "Get certified",
      actionPlan: plan("Choose the certification that matters in your field, book the exam date, and plan your revision backwards from it.", "The official syllabus, practice exams.", "A certified colleague, a study group."),
    },
  ],
  IMPACT: [
    {
      title: "Speak at a meetup",
      actionPlan: plan("Pick a topic you know well, write a short talk proposal, and send it to a local meetup organiser.", "Meetup listings, a slide template.", "The organiser, a colleague to rehearse with."),
    },
    {
      title: "Publish an article",
      actionPlan: plan("Write up one lesson from your work in about 1,000 words and publish it on a blog or industry site.", "A writing hour each week, an outline.", "A colleague to review the draft, an editor you know."),
    },
    {
      title: "Mentor someone",
      actionPlan: plan("Offer to meet a junior colleague or student once a month and agree what they want to learn.", "A mentoring programme at work or in your community.", "Your manager or HR to find a mentee."),
    },
  ],
  LEADERSHIP: [
    {
      title: "Lead a project",
      actionPlan: plan("Volunteer to lead the next small project in your team, with a clear goal and end date.", "The team's project backlog.", "Your manager to give you the chance, an experienced lead to advise you."),
    },
    {
      title: "Ask for a stretch assignment",
      actionPlan: plan("Tell your manager which responsibility you want to grow into and ask for one task that tests it.", "Notes on what you want to learn.", "Your manager, a mentor who has done the role."),
    },
    {
      title: "Take a management course",
      actionPlan: plan("Find a course on managing people and enrol in it.", "Your training budget, course reviews.", "HR or your manager to approve it, a new manager who took it."),
    },
  ],
  EXPERIENCES: [
    {
      title: "Attend a conference",
      actionPlan: plan("Choose one conference in your field this year, ask for the budget, and register.", "Conference listings, your training or travel budget.", "Your manager, colleagues who went last year."),
    },
    {
      title: "Join a professional community",
      actionPlan: plan("Join one association, online group or local chapter in your field and take part in its next event.", "Membership fees, event calendars.", "A colleague who is already a member."),
    },
    {
      title: "Do an exchange or rotation",
      actionPlan: plan("Ask whether your organisation offers exchanges, rotations or secondments, and apply for one.", "Internal job postings, HR policies.", "HR, your manager, someone who did a rotation."),
    },
  ],
  OTHER: [
    {
      title: "Write down the first small step",
      actionPlan: plan("Name one thing you can do this week that moves the goal forward, and put it in your calendar.", "Your calendar.", "Your buddy to hold you to it."),
    },
    {
      title: "Talk to someone who has done it",
      actionPlan: plan("Find one person who has reached a goal like yours and ask them for 30 minutes.", "Your network, professional communities.", "Friends and colleagues who can introduce you."),
    },
    {
      title: "Set a weekly check-in",
      actionPlan: plan("Choose a fixed time each week to check in on this goal and note what moved.", "Your calendar, Stepwise check-ins.", "Your buddy."),
    },
  ],
};

/** How titles are compared: case, spacing and trailing punctuation do not make a step different. */
export function normalizeStepTitle(title: string): string {
  return title
    .normalize("NFKC")
    .toLocaleLowerCase("en")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.!?,;:…]+$/u, "");
}

/** The suggestions for a goal area that the goal does not already have as steps. */
export function suggestMicroGoals(category: GoalCategory, existingTitles: readonly string[]): MicroGoalSuggestion[] {
  const taken = new Set(existingTitles.map(normalizeStepTitle));
  const suggestions = MICRO_GOAL_SUGGESTIONS[category] ?? MICRO_GOAL_SUGGESTIONS.OTHER;
  return suggestions.filter((suggestion) => !taken.has(normalizeStepTitle(suggestion.title)));
}
