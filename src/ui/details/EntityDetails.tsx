import { formatInterval } from '../../domain/dates';
import { entityTypeLabel } from '../../domain/filterCounts';
import type { GraphIndex } from '../../domain/graphIndex';
import type { DatasetNode } from '../../domain/schema';
import type { GraphView } from '../../domain/view';
import { colourOfEntityType, shapeOfEntityType } from '../../graph/palette';
import { FocusControls } from '../command/FocusControls';
import { ShapeSwatch } from '../legend/ShapeSwatch';
import { DetailsSection } from './DetailsSection';
import { EditSlot } from './EditSlot';
import { ENTITY_SECTIONS } from './entitySections';
import { Facts, HiddenNote } from './parts';

/**
 * An entity: who it is and, right under its name, the focus controls; then its sections (its own
 * relations first, its chain of command as a tree, the quotes about it, its events), each
 * collapsible, so nothing the analyst came for is 3,000 px down.
 */
export function EntityDetails({
  index,
  node,
  graphView,
}: {
  index: GraphIndex;
  node: DatasetNode;
  graphView: GraphView;
}) {
  const { dataset } = index;
  const props = { index, node, graphView };
  return (
    <div className="details-body">
      <p className="details-kind">
        <ShapeSwatch shape={shapeOfEntityType(node.type)} colour={colourOfEntityType(node.type)} />
        {entityTypeLabel(dataset, node.type)}
      </p>
      <h3 className="details-title">{node.label}</h3>
      <HiddenNote hidden={!graphView.nodeIds.has(node.id)} what="entity" />
      <Facts
        facts={[
          ['Also known as', node.aliases.join(' · ')],
          ['Active', formatInterval(node.since, node.until)],
          ['Tags', node.tags.join(', ')],
        ]}
      />
      {node.summary && <p className="details-summary">{node.summary}</p>}
      <FocusControls nodeId={node.id} />
      <EditSlot target={{ kind: 'entity', id: node.id }} />
      {ENTITY_SECTIONS.filter((section) => section.applies?.(props) ?? true).map((section) => (
        <DetailsSection
          key={section.id}
          id={section.id}
          title={section.title}
          count={section.count?.(props)}
          defaultOpen={section.defaultOpen}
        >
          <section.Content {...props} />
        </DetailsSection>
      ))}
    </div>
  );
}
