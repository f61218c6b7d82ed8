import './dataset.css';

/** Shown over the canvas while files are dragged onto it. */
export function DropOverlay({ visible }: { visible: boolean }) {
  if (!visible) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-overlay-card">
        <svg width="40" height="40" viewBox="0 0 24 24" aria-hidden="true">
          <path
            d="M12 3v12m0 0l-4.5-4.5M12 15l4.5-4.5M4 17v2.5A1.5 1.5 0 0 0 5.5 21h13a1.5 1.5 0 0 0 1.5-1.5V17"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <p className="drop-overlay-title">Drop to open this dataset</p>
        <p className="drop-overlay-hint">
          A Linkboard JSON file, or an edge list CSV with an optional node list CSV. The current
          graph stays if the file cannot be read.
        </p>
      </div>
    </div>
  );
}
