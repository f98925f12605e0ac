"use client";

// The time-zone field: a combobox (ARIA 1.2, list autocomplete) to search the ~420 zones by
// typing part of a city or region ("new y", "kolkata"). Each option shows the zone's current
// UTC offset and local time. The text field itself carries the form value, so without
// JavaScript a typed name still submits (the schema accepts spaces for underscores).
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from "react";
import { filterZones, zoneLabel, zoneNow } from "@/lib/time/time-zone-options";

const SHOWN_AT_MOST = 60;

type Props = {
  zones: readonly string[];
  value: string;
  onChange: (zone: string) => void;
  invalid?: boolean;
  describedBy?: string;
};

export function TimeZoneCombobox({ zones, value, onChange, invalid, describedBy }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(zoneLabel(value));
  const [shownFor, setShownFor] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // One "now" per opening: every option shows the same instant.
  const [now, setNow] = useState(() => new Date());

  // A value chosen from outside (the "use this device's zone" button): show it.
  if (value !== shownFor) {
    setShownFor(value);
    setText(zoneLabel(value));
  }

  const query = open && text !== zoneLabel(value) ? text : "";
  const matches = useMemo(() => filterZones(zones, query), [zones, query]);
  const shown = matches.slice(0, SHOWN_AT_MOST);
  const activeIndex = Math.min(active, shown.length - 1);

  const openList = () => {
    if (!open) setNow(new Date());
    setOpen(true);
  };
  const choose = (zone: string) => {
    onChange(zone);
    setShownFor(zone);
    setText(zoneLabel(zone));
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        openList();
        setActive(Math.max(0, shown.indexOf(value)));
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + shown.length) % Math.max(shown.length, 1));
    } else if (event.key === "Enter" && open && shown[activeIndex]) {
      event.preventDefault();
      choose(shown[activeIndex]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      setText(zoneLabel(value));
    }
  };

  const activeId = open && shown[activeIndex] ? `${id}-option-${activeIndex}` : undefined;
  // The option moved to with the arrow keys stays in view in the scrolling list.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);
  return (
    <div className="relative">
      <input
        id="field-timeZone"
        name="timeZone"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          openList();
        }}
        onFocus={(event) => event.currentTarget.select()}
        onClick={openList}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // Leaving with a half-typed name puts the chosen zone back.
          setOpen(false);
          setText(zoneLabel(value));
        }}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm"
      />
      <div hidden={!open} className="absolute inset-x-0 top-full z-30 mt-1 max-h-72 overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg">
        <ul id={listId} role="listbox" aria-label="Time zones">
          {/* Options only while open: their local times depend on the moment and the browser, so
              rendering them on the server would not match the browser's first render. */}
          {!open ? null : shown.length === 0 ? (
            <li role="option" aria-selected={false} aria-disabled="true" className="px-3 py-2 text-sm text-slate-700">
              No time zone matches “{text}”.
            </li>
          ) : (
            shown.map((zone, index) => {
              const { offset, time } = zoneNow(zone, now);
              return (
                <li
                  key={zone}
                  id={`${id}-option-${index}`}
                  role="option"
                  aria-selected={zone === value}
                  // Keep the focus in the text field while choosing with the mouse.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(zone)}
                  className={`flex cursor-pointer flex-wrap items-baseline justify-between gap-x-3 px-3 py-2 text-sm ${index === activeIndex ? "bg-brand-50 text-brand-900" : "text-slate-900"}`}
                >
                  <span className="font-medium">{zoneLabel(zone)}</span>
                  <span className="text-slate-700">
                    {offset}, {time} now
                  </span>
                </li>
              );
            })
          )}
        </ul>
        {open && matches.length > shown.length ? <p className="px-3 py-2 text-sm text-slate-700">Type more to see the other {matches.length - shown.length}.</p> : null}
      </div>
    </div>
  );
}
