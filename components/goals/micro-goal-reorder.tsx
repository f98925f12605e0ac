"use client";

// The ordered list of a goal's steps, reorderable two ways:
// - "Move up" / "Move down" buttons: submit buttons of the list's one move form (STEP_FORM.move,
//   rendered by MicroGoalList), posting to a server action, so they work by keyboard, with
//   assistive technology and without JavaScript. With JavaScript, focus follows
//   the moved step's button and the new position is announced.
// - Drag and drop for pointer users: native HTML5 drag events. The grip starts the drag (so text
//   in a step's edit form can still be selected), every list item is a drop target, the list
//   shows the new order while dragging, and the drop saves the whole order in one call.
import { useEffect, useOptimistic, useRef, useState, useTransition, type DragEvent, type ReactNode } from "react";
import { stepChoiceValue } from "@/lib/goals/step-choice";
import { ArrowDownIcon, ArrowUpIcon, GripIcon } from "./icons";
import { STEP_FORM } from "./step-forms";

export type ReorderItem = { id: string; title: string; content: ReactNode };
export type ReorderResult = { ok: true } | { ok: false; message: string };

type Props = {
  goalId: string;
  items: ReorderItem[];
  reorderAction: (goalId: string, orderedIds: string[]) => Promise<ReorderResult>;
};

type Direction = "up" | "down";

const moveButtonId = (id: string, direction: Direction) => `move-${direction}-${id}`;

/** `order` with `dragged` placed just before or after `target`. */
export function placeDragged(order: readonly string[], dragged: string, target: string, after: boolean): string[] {
  if (dragged === target) return [...order];
  const rest = order.filter((id) => id !== dragged);
  const index = rest.indexOf(target);
  if (index < 0) return [...order];
  rest.splice(after ? index + 1 : index, 0, dragged);
  return rest;
}

const positionText = (title: string, index: number, total: number) => `Moved ${title} to position ${index + 1} of ${total}`;

export function MicroGoalReorder({ goalId, items, reorderAction }: Props) {
  const serverOrder = items.map((item) => item.id);
  const orderKey = serverOrder.join(",");
  const [savedOrder, setSavedOrder] = useOptimistic(serverOrder);
  const [dragOrder, setDragOrder] = useState<string[] | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState("");
  const [pendingMove, setPendingMove] = useState<{ id: string; direction: Direction; fromKey: string } | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: string; direction: Direction } | null>(null);
  const [, startTransition] = useTransition();
  const dropped = useRef(false);

  // A move button's form has been answered with the new order: say where the step went and keep
  // focus on its button (the list item was moved in the DOM, which drops focus).
  if (pendingMove && pendingMove.fromKey !== orderKey) {
    setPendingMove(null);
    const index = serverOrder.indexOf(pendingMove.id);
    const item = items[index];
    if (item) {
      setAnnouncement(positionText(item.title, index, items.length));
      setFocusRequest({ id: pendingMove.id, direction: pendingMove.direction });
    }
  }

  useEffect(() => {
    if (!focusRequest) return;
    const wanted = document.getElementById(moveButtonId(focusRequest.id, focusRequest.direction)) as HTMLButtonElement | null;
    const other = document.getElementById(moveButtonId(focusRequest.id, focusRequest.direction === "up" ? "down" : "up")) as HTMLButtonElement | null;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [focusRequest]);

  const byId = new Map(items.map((item) => [item.id, item]));
  // Ids the server no longer has (deleted in another tab) are skipped; new ones go last.
  const shownOrder = dragOrder ?? savedOrder;
  const order = [...shownOrder.filter((id) => byId.has(id)), ...serverOrder.filter((id) => !shownOrder.includes(id))];

  function startDrag(event: DragEvent<HTMLElement>, id: string) {
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", byId.get(id)?.title ?? id);
    const row = event.currentTarget.closest("li");
    if (row) event.dataTransfer.setDragImage(row, 24, 24);
    dropped.current = false;
    setPendingMove(null);
    setError("");
    setDragged(id);
    setDragOrder(order);
  }

  function dragOver(event: DragEvent<HTMLLIElement>, targetId: string) {
    if (!dragged) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    const box = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    const next = placeDragged(dragOrder ?? order, dragged, targetId, after);
    if (next.join(",") !== (dragOrder ?? order).join(",")) setDragOrder(next);
  }

  function drop(event: DragEvent<HTMLElement>) {
    if (!dragged || !dragOrder) return;
    event.preventDefault();
    dropped.current = true;
    const finalOrder = dragOrder;
    const item = byId.get(dragged);
    setDragged(null);
    if (finalOrder.join(",") === savedOrder.join(",")) {
      setDragOrder(null);
      return;
    }
    if (item) setAnnouncement(positionText(item.title, finalOrder.indexOf(item.id), finalOrder.length));
    startTransition(async () => {
      // Shown at once, kept until the refreshed list arrives; rolled back if saving fails.
      setSavedOrder(finalOrder);
      setDragOrder(null);
      const result = await reorderAction(goalId, finalOrder);
      if (!result.ok) {
        setError(result.message);
        setAnnouncement(result.message);
      }
    });
  }

  function endDrag() {
    if (!dropped.current) setDragOrder(null);
    setDragged(null);
  }

  return (
    <div>
      <ol className="space-y-3" onDrop={drop} onDragOver={(event) => dragged && event.preventDefault()}>
        {order.map((id, index) => {
          const item = byId.get(id) as ReorderItem;
          const isDragged = dragged === id;
          return (
            <li key={id} onDragOver={(event) => dragOver(event, id)} className={`flex gap-3 rounded-xl border bg-white p-4 shadow-sm transition-opacity ${isDragged ? "border-brand-600 opacity-60 ring-2 ring-brand-600" : "border-slate-200"}`}>
              <div className="flex shrink-0 flex-col items-center gap-1">
                <span draggable onDragStart={(event) => startDrag(event, id)} onDragEnd={endDrag} title="Drag to reorder" aria-hidden="true" className="hidden cursor-grab rounded p-1 text-slate-500 hover:bg-slate-100 active:cursor-grabbing sm:block">
                  <GripIcon className="h-4 w-4" />
                </span>
                {(["up", "down"] as const).map((direction) => {
                  const atEdge = direction === "up" ? index === 0 : index === order.length - 1;
                  return (
                    <button key={direction} type="submit" form={STEP_FORM.move} name="move" value={stepChoiceValue(id, direction)} id={moveButtonId(id, direction)} disabled={atEdge} title={`Move ${direction}`} onClick={() => setPendingMove({ id, direction, fromKey: orderKey })} className="step-move">
                      {direction === "up" ? <ArrowUpIcon /> : <ArrowDownIcon />}
                      <span className="sr-only">{`Move ${item.title} ${direction}`}</span>
                    </button>
                  );
                })}
              </div>
              {item.content}
            </li>
          );
        })}
      </ol>
      {error ? (
        <p className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-sm font-medium text-red-800" aria-hidden="true">
          {error}
        </p>
      ) : null}
      <p aria-live="polite" role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
