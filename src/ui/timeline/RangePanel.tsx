import { useState } from 'react';
import { formatPartialDate } from '../../domain/dates';
import { useLinkboard } from '../../store/store';
import { DateField } from './DateField';
import { rangePatch } from './timePatches';

/**
 * The range typed instead of dragged: a start and an end. The range applies as soon as both are
 * there; a partial start means its first day, a partial end its last.
 */
export function RangePanel({
  onInteract,
  onZoom,
}: {
  onInteract: () => void;
  /** Widens the range to the whole strip ("Show all years" beside the axis undoes it). */
  onZoom: () => void;
}) {
  const view = useLinkboard((s) => s.view);
  const range = view.range;
  const setView = useLinkboard((s) => s.setView);
  const [from, setFrom] = useState<string | null>(range?.from ?? null);
  const [to, setTo] = useState<string | null>(range?.to ?? null);

  const apply = (start: string | null, end: string | null) => {
    setFrom(start);
    setTo(end);
    onInteract();
    if (start && end) setView(rangePatch(view, { from: start, to: end }));
  };

  return (
    <div className="range-panel">
      <p className="timeline-hint">
        Shows what was active at any time in the period and highlights what began in it. You can
        also drag across the strip.
      </p>
      <div className="timeline-popover-row">
        <DateField label="Range start" value={from} edge="first" onCommit={(d) => apply(d, to)} />
        <DateField label="Range end" value={to} onCommit={(d) => apply(from, d)} />
      </div>
      <p className="timeline-hint" aria-live="polite">
        {range
          ? `Showing ${formatPartialDate(range.from)} – ${formatPartialDate(range.to)}`
          : 'No range set'}
      </p>
      <div className="timeline-popover-row">
        <button type="button" className="button button-small" disabled={!range} onClick={onZoom}>
          Zoom the strip to the range
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={!range}
          onClick={() => {
            setFrom(null);
            setTo(null);
            setView({ range: null });
          }}
        >
          Clear range
        </button>
      </div>
    </div>
  );
}
