/**
 * The visible part of a dataset as a dataset of its own, for "Export data": it parses back through
 * `parseDataset` unchanged, so an exported view opens in Linkboard like any other file.
 */
import type { Dataset, DatasetEvent, DatasetSource, Evidence } from './schema';
import type { GraphView } from './view';

/**
 * Keeps an event when at least one of its participants or its place is visible, with the
 * references to hidden entities dropped (they would not resolve in the exported file).
 */
function eventInView(event: DatasetEvent, nodeIds: ReadonlySet<string>): DatasetEvent | null {
  const participants = event.participants.filter((id) => nodeIds.has(id));
  const placeVisible = event.place !== undefined && nodeIds.has(event.place);
  if (participants.length === 0 && !placeVisible) return null;
  const { place: _place, ...rest } = event;
  return placeVisible ? { ...rest, participants, place: event.place } : { ...rest, participants };
}

/** The sources the given items quote, in the dataset's order. */
export function sourcesCitedBy(
  dataset: Dataset,
  items: readonly { evidence: readonly Evidence[] }[],
): DatasetSource[] {
  const cited = new Set<string>();
  for (const item of items) for (const e of item.evidence) cited.add(e.source);
  return dataset.sources.filter((s) => cited.has(s.id));
}

export function visibleSubgraph(dataset: Dataset, view: GraphView): Dataset {
  const nodes = dataset.nodes.filter((n) => view.nodeIds.has(n.id));
  const edges = dataset.edges.filter((e) => view.edgeIds.has(e.id));
  const events = dataset.events.flatMap((e) => eventInView(e, view.nodeIds) ?? []);
  const usedTypes = new Set(nodes.map((n) => n.type));
  const usedRelations = new Set(edges.map((e) => e.relation));
  return {
    schemaVersion: dataset.schemaVersion,
    title: dataset.title,
    description: dataset.description,
    sources: sourcesCitedBy(dataset, [...nodes, ...edges, ...events]),
    entityTypes: dataset.entityTypes.filter((t) => usedTypes.has(t.id)),
    relationTypes: dataset.relationTypes.filter((r) => usedRelations.has(r.key)),
    nodes,
    edges,
    events,
    // Curated views name ids the visible part may not hold; they stay with the whole dataset.
    views: [],
  };
}
