// What the app shell links to and how wide each page's content is: one table, read by the
// desktop header, the phone menu, the phone tab bar and <main>, so they never disagree.

export type NavItem = {
  href: string;
  label: string;
  /** One tap away on a phone (the tab bar), not only in the menu. */
  tab?: boolean;
};

export const MAIN_NAV: readonly NavItem[] = [
  { href: "/dashboard", label: "Dashboard", tab: true },
  { href: "/reflect", label: "Reflect" },
  { href: "/goals", label: "Goals", tab: true },
  { href: "/buddies", label: "Buddies", tab: true },
  { href: "/timeline", label: "Timeline", tab: true },
  { href: "/achievements", label: "Achievements" },
  { href: "/interview-answers", label: "Career answers" },
];

/** The nav item a path belongs to: "/goals/abc/edit" is under Goals. */
export function isCurrentSection(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The content width rule, in one place: pages a person reads or fills in top to bottom get a
 * comfortable line length; pages that lay things out side by side (the dashboard, goal lists
 * and goal pages, the timeline, the wizard with its check beside it) get the full width.
 */
export type ContentWidth = "reading" | "wide";

const WIDE_SECTIONS = ["/dashboard", "/goals", "/timeline"];
// Under a wide section, still read top to bottom.
const READING_PAGES = [/^\/goals\/[^/]+\/(edit|achieve)$/];

export function contentWidthFor(pathname: string): ContentWidth {
  if (READING_PAGES.some((pattern) => pattern.test(pathname))) return "reading";
  return WIDE_SECTIONS.some((href) => isCurrentSection(pathname, href)) ? "wide" : "reading";
}

/** The Tailwind max-width of each content width (the header always uses the wide one). */
export const CONTENT_WIDTH_CLASS: Record<ContentWidth, string> = {
  reading: "max-w-3xl",
  wide: "max-w-6xl",
};
