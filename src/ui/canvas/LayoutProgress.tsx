/**
 * "Laying out…" over the canvas while a layout takes more than a moment (the first command view
 * loads and runs the layered layout; a large graph's force layout): shown once a layout has run
 * for 300 ms, so that quick ones never flash it, and gone as soon as it ends.
 */
import { useEffect, useState } from 'react';
import { useLinkboard } from '../../store/store';
import './canvasControls.css';

/** A layout quicker than this shows no progress. */
export const LAYOUT_PROGRESS_DELAY_MS = 300;

export function LayoutProgress() {
  const running = useLinkboard((s) => s.layoutRunning);
  // Mounted afresh for each run, so each waits its own 300 ms.
  return running ? <DelayedProgress /> : null;
}

function DelayedProgress() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), LAYOUT_PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return null;
  return (
    <div className="layout-progress" role="progressbar" aria-label="Laying out the graph">
      <span className="layout-progress-spinner" aria-hidden="true" />
      Laying out…
    </div>
  );
}
