/**
 * Element definitions for groups (src/domain/groups.ts): an expanded group is a Cytoscape compound
 * node drawn around its members; a collapsed one is a single node named with its member count; a
 * bundle is one line for the relations of a family between two things drawn, with their count.
 * A parent organization's group is its own entity, so it keeps the entity's colour and shape.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphIndex } from '../domain/graphIndex';
import type { Bundle, DrawnGroup, GroupedView } from '../domain/groups';
import { edgeElements, nodeElements, nodeSize, toNodeElement } from './elements';
import { colourOfFamily } from './palette';

export const GROUP_CLASS = 'group';
export const COLLAPSED_GROUP_CLASS = 'group-collapsed';
export const EXPANDED_GROUP_CLASS = 'group-expanded';
export const GROUP_BUNDLE_CLASS = 'group-bundle';

const GROUP_COLOUR = '#7c8ba1';

export function groupElement(index: GraphIndex, group: DrawnGroup): ElementDefinition {
  const entity = group.entityId ? index.nodesById.get(group.entityId) : undefined;
  const base = entity
    ? toNodeElement(index, entity)
    : {
        group: 'nodes' as const,
        data: {
          id: group.id,
          label: group.label,
          type: 'group',
          colour: GROUP_COLOUR,
          shape: 'ellipse',
        },
      };
  const count = group.count.toLocaleString('en-GB');
  return {
    group: 'nodes',
    data: {
      ...base.data,
      id: group.id,
      label: group.collapsed ? `${group.label} (${count})` : group.label,
      groupLabel: group.label,
      count: group.count,
      // A collapsed group grows with what it holds, up to about three entities across.
      size: group.collapsed ? Math.min(96, nodeSize(0) + 6 * Math.sqrt(group.count)) : nodeSize(0),
      ...(group.parent ? { parent: group.parent } : {}),
    },
    classes: `${GROUP_CLASS} ${group.collapsed ? COLLAPSED_GROUP_CLASS : EXPANDED_GROUP_CLASS}`,
  };
}

export function bundleElement(bundle: Bundle): ElementDefinition {
  const count = bundle.edgeIds.length;
  return {
    group: 'edges',
    data: {
      id: bundle.id,
      source: bundle.source,
      target: bundle.target,
      label: count > 1 ? `×${count.toLocaleString('en-GB')}` : '',
      family: bundle.family ?? 'other',
      colour: bundle.family ? colourOfFamily(bundle.family) : GROUP_COLOUR,
      lineStyle: 'solid',
      count,
      width: Math.min(8, 1.6 + Math.log2(count)),
    },
    classes: GROUP_BUNDLE_CLASS,
  };
}

/**
 * What an id of the drawn view stands for: a group, a bundle, an entity or a relation, with
 * what decides how it is drawn (a change of it means drawing the element anew).
 */
export interface DrawnLookup {
  groups: ReadonlyMap<string, DrawnGroup>;
  bundles: ReadonlyMap<string, Bundle>;
  parentOf: ReadonlyMap<string, string>;
}

export function drawnLookup(grouped: GroupedView | null): DrawnLookup | null {
  if (!grouped) return null;
  return {
    groups: new Map(grouped.groups.map((g) => [g.id, g])),
    bundles: new Map(grouped.bundles.map((b) => [b.id, b])),
    parentOf: grouped.parentOf,
  };
}

/** How an element is drawn, as text: equal texts need no redraw. */
export function drawnSignature(lookup: DrawnLookup | null, id: string): string {
  if (!lookup) return '';
  const group = lookup.groups.get(id);
  if (group) return `g|${group.collapsed}|${group.count}|${group.parent ?? ''}|${group.label}`;
  const bundle = lookup.bundles.get(id);
  if (bundle) return `b|${bundle.edgeIds.length}|${bundle.family ?? ''}`;
  return `n|${lookup.parentOf.get(id) ?? ''}`;
}

/**
 * The elements of the drawn ids `ids` (in their order): groups and entities, each entity inside
 * the expanded group drawn around it. Give groups before what they hold: a parent comes first.
 */
export function drawnNodeElements(
  index: GraphIndex,
  lookup: DrawnLookup | null,
  ids: Iterable<string>,
): ElementDefinition[] {
  if (!lookup) return nodeElements(index, ids);
  const elements: ElementDefinition[] = [];
  for (const id of ids) {
    const group = lookup.groups.get(id);
    if (group) {
      elements.push(groupElement(index, group));
      continue;
    }
    const node = index.nodesById.get(id);
    if (!node) continue;
    const element = toNodeElement(index, node);
    const parent = lookup.parentOf.get(id);
    elements.push(parent ? { ...element, data: { ...element.data, parent } } : element);
  }
  return elements;
}

/** The elements of the drawn ids `ids`: relations and bundles. */
export function drawnEdgeElements(
  index: GraphIndex,
  lookup: DrawnLookup | null,
  ids: Iterable<string>,
): ElementDefinition[] {
  if (!lookup) return edgeElements(index, ids);
  const elements: ElementDefinition[] = [];
  for (const id of ids) {
    const bundle = lookup.bundles.get(id);
    if (bundle) elements.push(bundleElement(bundle));
    else elements.push(...edgeElements(index, [id]));
  }
  return elements;
}

/** The expanded group a drawn entity or group sits in, or null. */
export function drawnParentOf(lookup: DrawnLookup | null, id: string): string | null {
  if (!lookup) return null;
  const group = lookup.groups.get(id);
  return group ? group.parent : (lookup.parentOf.get(id) ?? null);
}
