/**
 * Several entities picked together (shift-click, or a box dragged with shift held): who they are,
 * how they are linked among themselves, and what can be done with them at once (make a named
 * group, find the paths between two). Loaded on demand (lazyPanels.ts).
 */
import { entityTypeLabel } from '../../domain/filterCounts';
import type { GraphIndex } from '../../domain/graphIndex';
import type { GraphView } from '../../domain/view';
import { useLinkboard } from '../../store/store';
import { NewGroupForm } from './GroupDetails';

export default function PickedDetails({
  index,
  graphView,
  picked,
}: {
  index: GraphIndex;
  graphView: GraphView;
  picked: readonly string[];
}) {
  const select = useLinkboard((s) => s.select);
  const togglePicked = useLinkboard((s) => s.togglePicked);
  const makeGroup = useLinkboard((s) => s.makeGroup);
  const setView = useLinkboard((s) => s.setView);
  const setSideTab = useLinkboard((s) => s.setSideTab);
  const entities = picked.flatMap((id) => index.nodesById.get(id) ?? []);
  const among = new Set(picked);
  const linksAmong = [...graphView.edgeIds].filter((id) => {
    const edge = index.edgesById.get(id);
    return edge !== undefined && among.has(edge.source) && among.has(edge.target);
  }).length;
  const hidden = entities.filter((n) => !graphView.nodeIds.has(n.id)).length;
  return (
    <div className="picked-details">
      <h3 className="details-title">{entities.length} entities picked</h3>
      <p className="details-muted">
        {linksAmong === 0
          ? 'No relation shown links them directly.'
          : `${linksAmong} relation${linksAmong === 1 ? '' : 's'} shown link${linksAmong === 1 ? 's' : ''} them directly.`}
        {hidden > 0 && ` ${hidden} of them ${hidden === 1 ? 'is' : 'are'} hidden by the filters.`}{' '}
        Shift-click an entity to add or remove it; shift-drag on the canvas to add a box of them.
      </p>
      <ul className="picked-list" aria-label="Picked entities">
        {entities.map((node) => (
          <li key={node.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => select({ kind: 'node', id: node.id })}
            >
              {node.label}
            </button>{' '}
            <span className="details-muted">{entityTypeLabel(index.dataset, node.type)}</span>{' '}
            <button
              type="button"
              className="link-button picked-remove"
              aria-label={`Remove ${node.label} from the picked entities`}
              onClick={() => togglePicked(node.id)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {entities.length === 2 && (
        <button
          type="button"
          className="button"
          onClick={() => {
            setView({ path: { from: entities[0]!.id, to: entities[1]!.id } });
            setSideTab('paths');
          }}
        >
          Find paths between them
        </button>
      )}
      <NewGroupForm
        name="Make a group of the picked entities"
        label="New group with these entities"
        onMake={(groupName) => makeGroup(groupName, picked)}
      />
    </div>
  );
}
