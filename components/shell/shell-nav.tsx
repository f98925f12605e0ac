"use client";

// The parts of the app shell that depend on the current path (how wide the content is) or on
// interaction (the phone menu).
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { CONTENT_WIDTH_CLASS, contentWidthFor } from "./navigation";

/**
 * The navigation below 1024 px: a disclosure button (aria-expanded) that shows every destination
 * and the account (`children`). Escape closes it and puts focus back on the button; so do a tap
 * outside, focus leaving it, and following a link.
 */
export function PhoneMenu({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(pathname);
  const panelId = useId();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // A link was followed: the new page replaces the menu (state adjusted while rendering).
  if (open && pathname !== openedAt) setOpen(false);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  return (
    <div
      ref={wrapperRef}
      className="lg:hidden"
      onBlur={(event) => {
        if (open && event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpenedAt(pathname);
          setOpen(!open);
        }}
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50"
      >
        <span aria-hidden="true" className={`icon ${open ? "icon-close" : "icon-menu"} h-4 w-4`} />
        Menu
      </button>
      <div id={panelId} hidden={!open} className="absolute inset-x-0 top-full z-40 border-b border-slate-200 bg-white shadow-lg">
        {children}
      </div>
    </div>
  );
}

/** <main>, as wide as the content width rule (./navigation.ts) says for this page. */
export function ShellMain({ children }: { children: ReactNode }) {
  const width = CONTENT_WIDTH_CLASS[contentWidthFor(usePathname())];
  return (
    <main id="main" className={`mx-auto w-full ${width} px-4 pb-28 pt-6 sm:px-6 lg:pb-12 lg:pt-8`}>
      {children}
    </main>
  );
}
