import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { draftFromGoals, listAnswerGoals, listSavedAnswers } from "@/lib/goals/interview-answer-drafts";
import { DraftRequestSchema, draftRequestFieldErrors } from "@/lib/goals/interview-answer-schemas";
import { EMPTY_ANSWER_BODY, INTERVIEW_QUESTIONS, type AnswerKind } from "@/lib/goals/interview-answers";
import { categoryLabel } from "@/lib/goals/categories";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, Notice } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { AnswerEditor } from "@/components/answers/answer-editor";
import { deleteInterviewAnswerAction, saveInterviewAnswerAction } from "./actions";

export const metadata: Metadata = { title: "Career goals answers" };

const KIND_LABELS: Record<AnswerKind, string> = {
  LONG_TERM: "Long-term goals (interview)",
  SHORT_TERM: "Short-term goals (interview)",
  NETWORKING: "Networking (ends with an ask)",
};

export default async function InterviewAnswersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const request = DraftRequestSchema.parse(params);
  const [goals, saved] = await Promise.all([listAnswerGoals(user), listSavedAnswers(user)]);
  const fieldErrors = draftRequestFieldErrors(params);
  const drafting = params.draft === "1" && fieldErrors === null;
  const draft = drafting ? draftFromGoals(user, goals, request) : null;
  const titleOf = (id: string) => goals.find((goal) => goal.id === id)?.title;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">&ldquo;What are your career goals?&rdquo;</h1>
        <p className="mt-2 text-slate-700">Interviewers and new contacts ask it all the time. Pick the goals to talk about and, if you like, the role you are going for: Stepwise drafts an answer from your own goals that you can edit and keep.</p>
      </div>

      {goals.length === 0 ? (
        <Notice tone="info">
          You need at least one goal to build an answer from.{" "}
          <Link href="/goals/new" className="font-semibold underline">
            Set a goal
          </Link>
          .
        </Notice>
      ) : (
        <Card>
          <form method="get" className="space-y-5">
            <input type="hidden" name="draft" value="1" />
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">Which question?</legend>
              <div className="mt-2 space-y-2">
                {(Object.keys(KIND_LABELS) as AnswerKind[]).map((kind) => (
                  <label key={kind} className="flex items-center gap-2 text-slate-800">
                    <input type="radio" name="kind" value={kind} defaultChecked={request.kind === kind} className="h-4 w-4 accent-brand-700" />
                    {KIND_LABELS[kind]}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">Goals to talk about</legend>
              <div className="mt-2 space-y-2">
                {goals.map((goal) => (
                  <label key={goal.id} className="flex items-start gap-2 text-slate-800">
                    <input type="checkbox" name="goal" value={goal.id} defaultChecked={request.goal.includes(goal.id)} className="mt-1 h-4 w-4 accent-brand-700" />
                    <span>
                      {goal.title}{" "}
                      <span className="text-sm text-slate-600">
                        ({goal.horizonYears}-year, {categoryLabel(goal.category)})
                      </span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField id="role" label="Target role (optional)" name="role" defaultValue={request.role} errors={fieldErrors?.role} />
              <TextField id="company" label="Company (optional)" name="company" defaultValue={request.company} errors={fieldErrors?.company} />
            </div>
            <Button type="submit">Draft my answer</Button>
          </form>
        </Card>
      )}

      {draft ? (
        <section aria-labelledby="draft-heading">
          <Card>
            <h2 id="draft-heading" className="text-xl font-semibold">
              {draft.question}
            </h2>
            {draft.warnings.length ? (
              <div className="mt-4 space-y-2">
                {draft.warnings.map((warning) => (
                  <Notice key={warning.goalId} tone="warning">
                    <strong>{titleOf(warning.goalId) ?? "A goal"}:</strong> {warning.message}
                  </Notice>
                ))}
              </div>
            ) : null}
            {/* With no goal picked there is nothing to draft: say so beside the form, never inside the answer box. */}
            {draft.body === EMPTY_ANSWER_BODY ? (
              <div className="mt-4" role="alert">
                <Notice tone="warning">{EMPTY_ANSWER_BODY}</Notice>
              </div>
            ) : (
              <div className="mt-4">
                <AnswerEditor action={saveInterviewAnswerAction} id="draft-answer" label={`Your answer${request.role ? ` for ${request.role}` : ""} (edit it freely)`} kind={request.kind} targetRole={request.role} targetCompany={request.company} goalIds={request.goal} body={draft.body} />
              </div>
            )}
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="saved-heading" className="space-y-4">
        <h2 id="saved-heading" className="text-xl font-semibold">
          Saved answers
        </h2>
        {saved.length === 0 ? (
          <p className="text-sm text-slate-600">Answers you save appear here, one per question and target role.</p>
        ) : (
          saved.map((answer) => (
            <Card key={answer.id}>
              <h3 className="font-semibold">
                {KIND_LABELS[answer.kind]}{" "}
                <span className="font-normal text-slate-600">
                  {answer.targetRole ? `for ${answer.targetRole}` : "(any role)"}
                  {answer.targetCompany ? ` at ${answer.targetCompany}` : ""}
                </span>
              </h3>
              <p className="mt-1 text-sm text-slate-600">Answers &ldquo;{INTERVIEW_QUESTIONS[answer.kind]}&rdquo;</p>
              <div className="mt-3">
                <AnswerEditor action={saveInterviewAnswerAction} id={`answer-${answer.id}`} label="Answer" kind={answer.kind} targetRole={answer.targetRole} targetCompany={answer.targetCompany} goalIds={answer.goalIds} body={answer.body} />
              </div>
              <form action={deleteInterviewAnswerAction} className="mt-3">
                <input type="hidden" name="answerId" value={answer.id} />
                <button type="submit" className="text-sm font-semibold text-red-700 underline">
                  Delete this answer
                </button>
              </form>
            </Card>
          ))
        )}
      </section>
      {goals.length ? null : (
        <ButtonLink href="/reflect" variant="secondary">
          Reflect first
        </ButtonLink>
      )}
    </div>
  );
}
