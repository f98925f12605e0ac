import { requireUser } from "@/lib/auth/session";
import { countUnread } from "@/lib/notifications/notifications";
import { UnreadBadge } from "@/components/notifications/unread-badge";
import { AppShell, type NavItem } from "@/components/shell/app-shell";
import { signOutAction } from "../sign-out-action";

const nav: NavItem[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/reflect", label: "Reflect" },
  { href: "/goals", label: "Goals" },
  { href: "/buddies", label: "Buddies" },
  { href: "/timeline", label: "Timeline" },
  { href: "/achievements", label: "Achievements" },
  { href: "/interview-answers", label: "Career answers" },
  { href: "/settings", label: "Settings" },
];

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const unread = await countUnread(user);
  return (
    <AppShell user={user} nav={nav} signOutAction={signOutAction} beforeUserMenu={<UnreadBadge initialUnread={unread} />}>
      {children}
    </AppShell>
  );
}
