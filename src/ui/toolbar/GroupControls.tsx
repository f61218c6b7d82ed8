/**
 * Grouping controls: "Group by" in the toolbar (none, parent organization, entity type, tag,
 * community) and, on the canvas while there are groups, "Collapse all" and "Expand all".
 */
import { useId } from 'react';
import { GROUP_BY, GROUP_BY_LABELS, type GroupBy } from '../../domain/groupBy';
import { useLinkboard } from '../../store/store';
import './toolbar.css';

export function GroupControls() {
  const groupBy = useLinkboard((s) => s.view.groupBy);
  const setGroupBy = useLinkboard((s) => s.setGroupBy);
  const id = useId();
  return (
    <span className="toolbar-field">
      <label htmlFor={id} className="toolbar-roomy">
        Group by
      </label>
      <select
        id={id}
        title="Group by"
        value={groupBy}
        onChange={(e) => setGroupBy(e.target.value as GroupBy)}
      >
        {GROUP_BY.map((by) => (
          <option key={by} value={by}>
            {GROUP_BY_LABELS[by]}
          </option>
        ))}
      </select>
    </span>
  );
}

/** In the canvas's corner, so that the header keeps its room: shown only while there are groups. */
export function CollapseAllControls() {
  const grouped = useLinkboard((s) => s.view.groupBy !== 'none' || s.view.customGroups.length > 0);
  const collapseAllGroups = useLinkboard((s) => s.collapseAllGroups);
  if (!grouped) return null;
  return (
    <div className="canvas-group-actions" role="group" aria-label="Groups">
      <button type="button" className="button" onClick={() => collapseAllGroups(true)}>
        Collapse all
      </button>
      <button type="button" className="button" onClick={() => collapseAllGroups(false)}>
        Expand all
      </button>
    </div>
  );
}
