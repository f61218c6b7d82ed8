/**
 * The bar between the canvas and the relations table: drag it, or focus it and use the arrow keys
 * (Home and End for the largest and smallest table), to give the table more or less of the column.
 * The share is kept while the app runs, so closing and reopening the table keeps its size.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { TABLE_SHARE_LIMITS } from '../../store/panelsSlice';
import { useLinkboard } from '../../store/store';

const KEY_STEP = 0.05;

export function PaneSplitter({ controls }: { controls: string }) {
  const share = useLinkboard((s) => s.tableShare);
  const setShare = useLinkboard((s) => s.setTableShare);
  const dragging = useRef(false);

  const shareAt = (element: HTMLElement, clientY: number) => {
    const column = element.parentElement?.getBoundingClientRect();
    if (!column || column.height <= 0) return share;
    return (column.bottom - clientY) / column.height;
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) setShare(shareAt(event.currentTarget, event.clientY));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    event.currentTarget.releasePointerCapture(event.pointerId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next: Record<string, number> = {
      ArrowUp: share + KEY_STEP,
      ArrowDown: share - KEY_STEP,
      Home: TABLE_SHARE_LIMITS.max,
      End: TABLE_SHARE_LIMITS.min,
    };
    if (!(event.key in next)) return;
    event.preventDefault();
    setShare(next[event.key]!);
  };

  return (
    <div
      className="pane-splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the relations table"
      aria-controls={controls}
      aria-valuemin={Math.round(TABLE_SHARE_LIMITS.min * 100)}
      aria-valuemax={Math.round(TABLE_SHARE_LIMITS.max * 100)}
      aria-valuenow={Math.round(share * 100)}
      aria-valuetext={`Table ${Math.round(share * 100)}% of the column`}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
