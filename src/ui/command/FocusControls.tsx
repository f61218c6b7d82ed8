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

export function FocusControls({ nodeId }: { nodeId: string }) {
  const focus = useLinkboard((s) => s.view.focus);
  const focusStyle = useLinkboard((s) => s.view.focusStyle);
  const setView = useLinkboard((s) => s.setView);
  const headingId = useId();
  return (
    <section className="focus-controls" aria-labelledby={headingId}>
      <h4 id={headingId}>Focus</h4>
      <div className="focus-buttons">
        {([1, 2] as const).map((hops) => (
          <button
            key={hops}
            type="button"
            className="button toggle-button"
            aria-pressed={focus?.id === nodeId && focus.hops === hops}
            onClick={() => setView({ focus: { id: nodeId, hops } })}
          >
            Focus {hopsLabel(hops)}
          </button>
        ))}
        <button
          type="button"
          className="button toggle-button"
          disabled={!focus}
          onClick={() => setView({ focus: null })}
        >
          Clear focus
        </button>
      </div>
      <label className="focus-dim">
        <input
          type="checkbox"
          checked={focusStyle === 'dim'}
          onChange={(e) => setView({ focusStyle: e.target.checked ? 'dim' : 'hide' })}
        />
        Dim the rest instead of hiding it
      </label>
    </section>
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
