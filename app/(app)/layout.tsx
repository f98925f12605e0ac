import { requireUser } from "@/lib/auth/session";
import { countUnread } from "@/lib/notifications/notifications";
import { UnreadBadge } from "@/components/notifications/unread-badge";
import { AppShell } from "@/components/shell/app-shell";
import { MAIN_NAV } from "@/components/shell/navigation";
import { signOutAction } from "../sign-out-action";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const unread = await countUnread(user);
  return (
    <AppShell user={user} nav={MAIN_NAV} signOutAction={signOutAction} beforeUserMenu={<UnreadBadge initialUnread={unread} />}>
      {children}
    </AppShell>
  );
}
