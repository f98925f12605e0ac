"use server";

import { formAction } from "@/lib/actions/action-client";
import { importUserData } from "@/lib/data-export/import-user-data";
import { errorState } from "@/lib/validation/form-state";

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const fileProblem = (message: string) => errorState("Please correct the highlighted fields.", undefined, { file: [message] });

export const importDataAction = formAction({
  name: "importDataAction",
  failureMessage: "Your data could not be imported just now. Please try again in a moment.",
  revalidate: [["/", "layout"]],
  run: async ({ user, formData }) => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return fileProblem("Choose a Stepwise export file (.json).");
    if (file.size > MAX_IMPORT_BYTES) return fileProblem("That file is larger than 5 MB; it is not a Stepwise export.");
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return fileProblem("That file is not valid JSON. Choose the .json file Stepwise exported.");
    }
    const result = await importUserData(user, json);
    if (!result.ok) {
      if (result.reason === "account_not_empty") return errorState("Import only works into an empty account: this one already has goals, reflections or answers.");
      return errorState("Please correct the highlighted fields.", undefined, { file: ["This is not a Stepwise export we can read:", ...result.problems] });
    }
    return {
      status: "success",
      message: `Imported ${result.goals} goals, ${result.microGoals} steps, ${result.checkIns} check-ins and ${result.reflections} reflections.`,
    };
  },
});
