/**
 * Focus on an entity's neighbourhood: one or two hops, the rest hidden or dimmed. The banner on
 * the canvas says what is focused and clears it from anywhere.
 */
import { useId } from 'react';
import { selectIndex } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import './command.css';

function hopsLabel(hops: number): string {
  return hops === 1 ? '1 hop' : `${hops} hops`;
}

/** One row under the entity's name: focus on 1 or 2 hops around it, clear, and how the rest looks. */
export function FocusControls({ nodeId }: { nodeId: string }) {
  const focus = useLinkboard((s) => s.view.focus);
  const focusStyle = useLinkboard((s) => s.view.focusStyle);
  const setView = useLinkboard((s) => s.setView);
  const labelId = useId();
  return (
    <div className="focus-controls" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="focus-label">
        Focus
      </span>
      <div className="segmented">
        {([1, 2] as const).map((hops) => (
          <button
            key={hops}
            type="button"
            aria-pressed={focus?.id === nodeId && focus.hops === hops}
            aria-label={`Focus ${hopsLabel(hops)}`}
            title={`Show only what is within ${hopsLabel(hops)} of this entity`}
            onClick={() => setView({ focus: { id: nodeId, hops } })}
          >
            {hopsLabel(hops)}
          </button>
        ))}
      </div>
      {focus && (
        <button type="button" className="link-button" onClick={() => setView({ focus: null })}>
          Clear focus
        </button>
      )}
      <label className="focus-dim">
        <input
          type="checkbox"
          checked={focusStyle === 'dim'}
          onChange={(e) => setView({ focusStyle: e.target.checked ? 'dim' : 'hide' })}
        />
        Dim the rest instead of hiding it
      </label>
    </div>
  );
}

export function FocusBanner() {
  const focus = useLinkboard((s) => s.view.focus);
  const label = useLinkboard((s) =>
    focus ? (selectIndex(s)?.nodesById.get(focus.id)?.label ?? focus.id) : '',
  );
  const setView = useLinkboard((s) => s.setView);
  if (!focus) return null;
  return (
    <div className="focus-banner">
      <span>
        Focused on <strong>{label}</strong>, {hopsLabel(focus.hops)}
      </span>
      <button type="button" className="link-button" onClick={() => setView({ focus: null })}>
        Clear focus
      </button>
    </div>
  );
}
