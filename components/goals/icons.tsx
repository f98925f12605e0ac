// Small decorative icons for the goal pages. Always aria-hidden: the text next to them carries
// the meaning.
import type { ComponentProps } from "react";

type IconProps = Omit<ComponentProps<"svg">, "children">;

function Icon({ className = "h-4 w-4", children, ...props }: IconProps & { children: React.ReactNode }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" className={className} {...props}>
      {children}
    </svg>
  );
}

export const ArrowUpIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M10 16V4M5 9l5-5 5 5" />
  </Icon>
);

export const ArrowDownIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M10 4v12M5 11l5 5 5-5" />
  </Icon>
);

export const GripIcon = (props: IconProps) => (
  <Icon {...props}>
    {/* Six dots as round caps of zero-length strokes: the same 3.6-unit dots as filled, stroked
        circles of r 0.9, in one element (this icon is drawn once per step). */}
    <path d="M7 5h0M13 5h0M7 10h0M13 10h0M7 15h0M13 15h0" strokeWidth={3.6} />
  </Icon>
);

export const WarningIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M10 3 2.5 16.5h15L10 3Z" />
    <path d="M10 8.5v3.5M10 14.5v.01" />
  </Icon>
);

export const CheckIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="m4.5 10.5 3.5 3.5 7.5-8" />
  </Icon>
);

export const LockIcon = (props: IconProps) => (
  <Icon {...props}>
    <rect x="4" y="9" width="12" height="8" rx="1.5" />
    <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
  </Icon>
);

export const PeopleIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="7.5" cy="7" r="2.5" />
    <path d="M2.5 16c.6-2.6 2.6-4 5-4s4.4 1.4 5 4" />
    <circle cx="14" cy="7.5" r="2" />
    <path d="M13.5 12c1.9.1 3.4 1.3 4 3.5" />
  </Icon>
);

export const GiftIcon = (props: IconProps) => (
  <Icon {...props}>
    <rect x="3" y="8" width="14" height="9" rx="1" />
    <path d="M2.5 5.5h15V8h-15zM10 5.5V17M10 5.5C8.5 2.5 5.5 3 6.5 5.5M10 5.5c1.5-3 4.5-2.5 3.5 0" />
  </Icon>
);

/** An empty box, or a ticked one: how a "Mark done" button looks like a checkbox. */
export const CheckboxIcon = ({ checked, ...props }: IconProps & { checked: boolean }) => (
  <Icon {...props}>
    <rect x="3" y="3" width="14" height="14" rx="3" className={checked ? "fill-brand-700 stroke-brand-700" : undefined} />
    {checked ? <path d="m6.5 10.2 2.4 2.4 4.7-5" stroke="white" strokeWidth="2" /> : null}
  </Icon>
);
