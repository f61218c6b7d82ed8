/**
 * What the filter controls list and count: the relation types, entity types and confidence levels
 * present in a dataset, and how many of each are visible in the current view.
 */
import type { GraphIndex } from './graphIndex';
import { RELATION_FAMILIES, type RelationFamily, type RelationType } from './relations';
import { CONFIDENCE_LEVELS, type Confidence } from './confidence';
import type { Dataset } from './schema';
import { sourcingOf, type GraphView } from './view';
import type { Sourcing, ViewState } from './viewState';

export interface VisibleOfTotal {
  visible: number;
  total: number;
}

export interface FilterCounts {
  /** By relation key. */
  relations: ReadonlyMap<string, VisibleOfTotal>;
  /** By entity type id. */
  entityTypes: ReadonlyMap<string, VisibleOfTotal>;
  confidences: ReadonlyMap<Confidence, VisibleOfTotal>;
  /** Relations by whether they quote a source. */
  sourcing: ReadonlyMap<Sourcing, VisibleOfTotal>;
}

export interface RelationFamilyGroup {
  family: RelationFamily;
  types: RelationType[];
}

function bump<K>(map: Map<K, VisibleOfTotal>, key: K, visible: boolean): void {
  let entry = map.get(key);
  if (!entry) {
    entry = { visible: 0, total: 0 };
    map.set(key, entry);
  }
  entry.total += 1;
  if (visible) entry.visible += 1;
}

export function countFilters(index: GraphIndex, view: GraphView): FilterCounts {
  const relations = new Map<string, VisibleOfTotal>();
  const confidences = new Map<Confidence, VisibleOfTotal>();
  const sourcing = new Map<Sourcing, VisibleOfTotal>();
  for (const edge of index.dataset.edges) {
    const visible = view.edgeIds.has(edge.id);
    bump(relations, edge.relation, visible);
    bump(confidences, edge.confidence, visible);
    bump(sourcing, sourcingOf(edge), visible);
  }
  const entityTypes = new Map<string, VisibleOfTotal>();
  for (const node of index.dataset.nodes) bump(entityTypes, node.type, view.nodeIds.has(node.id));
  return { relations, entityTypes, confidences, sourcing };
}

/** The relation types the dataset uses, by family in vocabulary order; empty families left out. */
export function relationFamilyGroups(index: GraphIndex): RelationFamilyGroup[] {
  const vocabularyOrder = [...index.vocabulary.keys()];
  const position = (key: string) => {
    const at = vocabularyOrder.indexOf(key);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const byFamily = new Map<RelationFamily, RelationType[]>();
  const seen = new Set<string>();
  for (const edge of index.dataset.edges) {
    if (seen.has(edge.relation)) continue;
    seen.add(edge.relation);
    const type = index.relationOf(edge);
    byFamily.set(type.family, [...(byFamily.get(type.family) ?? []), type]);
  }
  return RELATION_FAMILIES.filter((family) => byFamily.has(family)).map((family) => ({
    family,
    types: (byFamily.get(family) ?? []).sort(
      (a, b) => position(a.key) - position(b.key) || a.label.localeCompare(b.label),
    ),
  }));
}

/** Entity types present in the dataset: built-in ones first, in their usual order. */
export function entityTypesInUse(dataset: Dataset): string[] {
  const declared = dataset.entityTypes.map((t) => t.id);
  const order = ['organization', 'person', 'place', 'concept', ...declared];
  const used = new Set(dataset.nodes.map((n) => n.type));
  return [...used].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** The label a dataset gives an entity type, or the type id itself for built-in types. */
export function entityTypeLabel(dataset: Dataset, typeId: string): string {
  return dataset.entityTypes.find((t) => t.id === typeId)?.label ?? typeId;
}

/** Whether any relation of the dataset is unsourced: only then is the evidence filter offered. */
export function hasUnsourcedRelations(dataset: Dataset): boolean {
  return dataset.edges.some((e) => e.evidence.length === 0);
}

export function confidencesInUse(dataset: Dataset): Confidence[] {
  const used = new Set(dataset.edges.map((e) => e.confidence));
  return CONFIDENCE_LEVELS.filter((c) => used.has(c));
}

/** Whether a whole family is shown, hidden, or partly hidden by the relation filter. */
export type FamilyVisibility = 'shown' | 'hidden' | 'mixed';

export function familyVisibility(
  group: RelationFamilyGroup,
  hiddenRelations: ViewState['hiddenRelations'],
): FamilyVisibility {
  const hidden = group.types.filter((t) => hiddenRelations.includes(t.key)).length;
  if (hidden === 0) return 'shown';
  return hidden === group.types.length ? 'hidden' : 'mixed';
}

/** True when any filter differs from the defaults (so "Reset filters" has work to do). */
export function hasActiveFilters(view: ViewState): boolean {
  return (
    view.hiddenRelations.length > 0 ||
    view.hiddenEntityTypes.length > 0 ||
    view.hiddenConfidences.length > 0 ||
    view.hiddenSourcing.length > 0 ||
    view.hideIsolated ||
    view.focus !== null
  );
}
