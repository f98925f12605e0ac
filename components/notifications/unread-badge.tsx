"use client";
// The header's "Notifications" link with a live unread count. The layout renders it with the
// count it read; in-app navigation keeps the layout (and that number), so the badge asks
// /api/notifications/unread itself: after every navigation, and every 30 s while the tab is
// visible. A hidden tab stops polling and asks once when it is shown again. One request at a
// time; a failed one keeps the last number.
import { useCallback, useEffect, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { NotificationsLink } from "@/components/shell/notifications-link";

export const UNREAD_POLL_MS = 30_000;

export function UnreadBadge({ initialUnread, className }: { initialUnread: number; className?: string }) {
  const [unread, setUnread] = useState(initialUnread);
  const pathname = usePathname();
  const inFlight = useRef(false);

  const refresh = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const response = await fetch("/api/notifications/unread", { cache: "no-store", headers: { accept: "application/json" } });
      if (response.ok) {
        const body = (await response.json()) as { unread?: unknown };
        if (typeof body.unread === "number") setUnread(body.unread);
      }
    } catch {
      // Offline or the server is restarting: keep the last count, try again on the next tick.
    } finally {
      inFlight.current = false;
    }
  }, []);

  // After every navigation (the first render already has a fresh count from the server).
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    void refresh();
  }, [pathname, refresh]);

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const start = () => {
      if (timer === undefined) timer = setInterval(() => void refresh(), UNREAD_POLL_MS);
    };
    const stop = () => {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible") {
        void refresh();
        start();
      } else stop();
    };
    if (document.visibilityState === "visible") start();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stop();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [refresh]);

  return <NotificationsLink unread={unread} className={className} />;
}
