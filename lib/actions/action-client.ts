// The action client every server action is written with, wired to the real session, cache and
// log. See create-action-client.ts for what it does.
import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { REQUESTED_PATH_HEADER, signInPathReturningTo } from "@/lib/auth/requested-path";
import { createActionClient } from "./create-action-client";

export { redirectTo, type ActionFailure, type RedirectTo, type RevalidateTarget } from "./create-action-client";

export const { formAction, publicFormAction, buttonAction, publicButtonAction, resultAction } = createActionClient({
  currentUser: getCurrentUser,
  revalidate: revalidatePath,
  logError: (message, context) => console.error(message, context),
  // Signed out (a session that ended in another tab): sign in, then back to the page the form was on.
  signInPath: async () => signInPathReturningTo((await headers()).get(REQUESTED_PATH_HEADER)),
});
