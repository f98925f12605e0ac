// Every kind of ledger email, registered once.
import { registerRenderer } from "./renderers";
import { BUDDY_ACTIVITY_KIND, renderBuddyActivity } from "@/lib/buddies/activity-email";
import "@/lib/reviews/register-review-emails";

registerRenderer(BUDDY_ACTIVITY_KIND, renderBuddyActivity);
