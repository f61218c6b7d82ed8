/**
 * What time looks like on the canvas: the colours of what changed over a compared period (in the
 * legend, and as a key over the canvas while the comparison is on), and the faded look of what is
 * drawn only for lack of dates.
 */
import { formatPartialDate } from '../../domain/dates';
import { CHANGE_STYLES, type ChangeKind } from '../../graph/palette';
import { selectChangeMarks, selectUndatedPresence } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import { LineSwatch } from './ShapeSwatch';
import './timeLegend.css';

const CHANGE_KINDS: readonly ChangeKind[] = ['appeared', 'ended', 'cameAndWent'];

/** The change rows with how many relations each colour marks, and the dimmed rest. */
function ChangeRows() {
  const marks = useLinkboard(selectChangeMarks);
  if (!marks) return null;
  return (
    <>
      {CHANGE_KINDS.map((kind) => (
        <li key={kind}>
          <LineSwatch colour={CHANGE_STYLES[kind].colour} />
          <span className="legend-label">
            {CHANGE_STYLES[kind].label} <span className="legend-count">{marks[kind].size}</span>
          </span>
        </li>
      ))}
      <li>
        <LineSwatch colour="#c4c9d0" />
        <span className="legend-label">Unchanged: dimmed</span>
      </li>
    </>
  );
}

/** In the legend panel: what changed, and what is drawn faded for lack of dates. */
export function TimeLegend() {
  const compare = useLinkboard((s) => s.view.compare);
  const undated = useLinkboard(selectUndatedPresence);
  if (!compare && !undated) return null;
  return (
    <ul className="legend-list legend-static" aria-label="Time on the canvas">
      <ChangeRows />
      {undated && (
        <li>
          <LineSwatch colour="#9aa3ad" dash="2 3" />
          <span className="legend-label">Undated: drawn faded, not placed in time</span>
        </li>
      )}
    </ul>
  );
}

/** Over the canvas while a comparison is drawn: what the colours mean, and a way out. */
export function ChangeKey() {
  const compare = useLinkboard((s) => s.view.compare);
  const setView = useLinkboard((s) => s.setView);
  if (!compare) return null;
  return (
    <section className="change-key" aria-label="What changed on the canvas">
      <p className="change-key-title">
        What changed, {formatPartialDate(compare.from)} to {formatPartialDate(compare.to)}
      </p>
      <ul className="legend-list legend-static">
        <ChangeRows />
      </ul>
      <button type="button" className="link-button" onClick={() => setView({ compare: null })}>
        Stop showing changes
      </button>
    </section>
  );
}
