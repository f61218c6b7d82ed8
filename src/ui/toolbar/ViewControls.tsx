/**
 * The toolbar's view controls: the command view and its chain, and the layout (which re-runs it;
 * pinned entities stay put until unpinned). Fit, Re-layout and Unpin all sit on the canvas
 * (CanvasControls), so that the header keeps to one row whatever is pinned.
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
  const setCommandView = useLinkboard((s) => s.setCommandView);
  const setView = useLinkboard((s) => s.setView);
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
        Command<span className="toolbar-wide"> view</span>
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
    </>
  );
}
