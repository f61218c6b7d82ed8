/**
 * The toolbar's view controls: the command view and its chain, and the layout (which re-runs it;
 * pinned entities stay put until unpinned). Fit and Re-layout sit on the canvas (CanvasControls).
 */
import { useId } from 'react';
import type { LayoutName } from '../../domain/viewState';
import { useLinkboard } from '../../store/store';
import { ChainChoice } from '../command/ChainChoice';
import './toolbar.css';

const LAYOUTS: { value: LayoutName; label: string }[] = [
  { value: 'force', label: 'Force' },
  { value: 'hierarchical', label: 'Hierarchical' },
  { value: 'concentric', label: 'Concentric' },
];

export function ViewControls() {
  const mode = useLinkboard((s) => s.view.mode);
  const layout = useLinkboard((s) => s.view.layout);
  const pinnedCount = useLinkboard((s) => s.pinnedNodeIds.length);
  const setCommandView = useLinkboard((s) => s.setCommandView);
  const setView = useLinkboard((s) => s.setView);
  const unpinAll = useLinkboard((s) => s.unpinAll);
  const layoutId = useId();
  const commandOn = mode === 'command';
  return (
    <>
      <button
        type="button"
        aria-pressed={commandOn}
        title="Keep only command and membership relations, superiors on top"
        onClick={() => setCommandView(!commandOn)}
      >
        Command view
      </button>
      {commandOn && <ChainChoice className="segmented-dark" />}
      <span className="toolbar-field">
        <label htmlFor={layoutId} className="toolbar-wide">
          Layout
        </label>
        <select
          id={layoutId}
          value={layout}
          onChange={(e) => setView({ layout: e.target.value as LayoutName })}
        >
          {LAYOUTS.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      </span>
      {/* Shown only while something is pinned, to keep the header short. */}
      {pinnedCount > 0 && (
        <button
          type="button"
          title={`${pinnedCount} entit${pinnedCount === 1 ? 'y is' : 'ies are'} pinned`}
          onClick={unpinAll}
        >
          Unpin all
        </button>
      )}
    </>
  );
}
