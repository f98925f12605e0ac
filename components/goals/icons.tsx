// Small decorative icons for the goal and buddy pages. Always aria-hidden: the text next to them
// carries the meaning. Each is one empty <span> that app/globals.css paints in the text colour
// with the icon's shape (`.icon-…`): a list of steps repeats them, and an inline <svg> put its
// whole drawing into the HTML and the RSC payload every time.

type IconProps = { className?: string };

function icon(name: string) {
  const Icon = ({ className = "h-4 w-4" }: IconProps) => <span aria-hidden="true" className={`icon icon-${name} ${className}`} />;
  Icon.displayName = `Icon(${name})`;
  return Icon;
}

export const ArrowUpIcon = icon("arrow-up");
export const ArrowDownIcon = icon("arrow-down");
export const GripIcon = icon("grip");
export const WarningIcon = icon("warning");
export const CheckIcon = icon("check");
export const LockIcon = icon("lock");
export const PeopleIcon = icon("people");
export const GiftIcon = icon("gift");
/** A star, beside "cheered" and "Cheer". */
export const StarIcon = icon("star");

/** An empty box, or a ticked one in the brand colour: how a "Mark done" button looks like a checkbox. */
export const CheckboxIcon = ({ checked, className = "h-4 w-4" }: IconProps & { checked: boolean }) => (checked ? <span aria-hidden="true" className={`icon icon-box-ticked ${className}`} /> : <span aria-hidden="true" className={`icon icon-box ${className}`} />);
