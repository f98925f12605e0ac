"use server";

// Weekly reports, what each person wants from the pairing, and the choice offered when a
// pairing has gone quiet (renew, pause or resume, end kindly).
import type { z } from "zod";
import { buttonAction, formAction, redirectTo } from "@/lib/actions/action-client";
import type { SessionUser } from "@/lib/auth/session-user";
import { endPairing } from "@/lib/buddies/pairings";
import { pausePairing, renewAgreement, resumePairing } from "@/lib/buddies/pairing-choices";
import { savePairingWish } from "@/lib/buddies/pairing-wishes";
import { answerWeeklyReport, sendWeeklyReport, setReportMode } from "@/lib/buddies/weekly-reports";
import { PairingWishSchema, ReportAnswerSchema, ReportModeSchema, WeeklyReportSchema } from "@/lib/buddies/weekly-report-schemas";

const pairingPage = ({ ids }: { ids: { pairingId: string } }) => [`/buddies/${ids.pairingId}`, "/dashboard"];

/** Sending one's own draft, or answering the buddy's report: either way back to the reports, which say what happened. */
function reportAction<S extends z.ZodType>(name: string, schema: S, save: (user: SessionUser, reportId: string, input: z.output<S>) => Promise<void>, notice: "sent" | "answered") {
  return formAction({
    name,
    ids: ["pairingId", "reportId"],
    schema,
    revalidate: pairingPage,
    run: async ({ user, ids, input }) => {
      await save(user, ids.reportId, input);
      return redirectTo(`/buddies/${ids.pairingId}?report=${notice}#reports-heading`);
    },
  });
}

// The draft's form goes away once sent: the page says so instead.
export const sendReportAction = reportAction("sendReportAction", WeeklyReportSchema, sendWeeklyReport, "sent");
export const answerReportAction = reportAction("answerReportAction", ReportAnswerSchema, answerWeeklyReport, "answered");

/** A setting each person keeps for the pairing: saved, and the form says so. */
function pairingSettingAction<S extends z.ZodType>(name: string, schema: S, save: (user: SessionUser, pairingId: string, input: z.output<S>) => Promise<void>, saved: (input: z.output<S>) => string) {
  return formAction({
    name,
    ids: ["pairingId"],
    schema,
    revalidate: pairingPage,
    run: async ({ user, ids, input }) => {
      await save(user, ids.pairingId, input);
      return { status: "success", message: saved(input) };
    },
  });
}

export const reportModeAction = pairingSettingAction(
  "reportModeAction",
  ReportModeSchema,
  (user, pairingId, input) => setReportMode(user, pairingId, input.reportMode),
  (input) => (input.reportMode === "OFF" ? "Weekly reports are off for this buddy." : "Saved. Your first report is drafted when this period of your check-in rhythm ends."),
);

export const pairingWishAction = pairingSettingAction("pairingWishAction", PairingWishSchema, savePairingWish, () => "Saved. Your buddy sees it next to theirs.");

export const renewAgreementAction = buttonAction({
  name: "renewAgreementAction",
  ids: ["pairingId"],
  revalidate: pairingPage,
  run: async ({ user, ids }) => {
    await renewAgreement(user, ids.pairingId);
    return redirectTo(`/buddies/${ids.pairingId}?health=renewed#agreement-heading`);
  },
});

export const pausePairingAction = buttonAction({
  name: "pausePairingAction",
  ids: ["pairingId"],
  revalidate: pairingPage,
  run: ({ user, ids }) => pausePairing(user, ids.pairingId),
});

export const resumePairingAction = buttonAction({
  name: "resumePairingAction",
  ids: ["pairingId"],
  revalidate: pairingPage,
  run: ({ user, ids }) => resumePairing(user, ids.pairingId),
});

export const endKindlyAction = buttonAction({
  name: "endKindlyAction",
  ids: ["pairingId"],
  revalidate: [["/buddies", "layout"]],
  run: async ({ user, ids }) => {
    await endPairing(user, ids.pairingId);
    return redirectTo("/buddies?ended=kindly");
  },
});
