import { requireUser } from "@/lib/auth/session";
import { countUnread } from "@/lib/notifications/notifications";
import { AppShell } from "@/components/shell/app-shell";
import { signOutAction } from "../sign-out-action";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const unread = await countUnread(user);
  return (
    <AppShell user={{ name: user.name, email: user.email }} unread={unread} signOutAction={signOutAction}>
      {children}
    </AppShell>
  );
}
