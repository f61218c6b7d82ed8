/**
 * An entity's relations read from its own side: "commands X" for the links it starts, "commanded by
 * Y" for the links that point at it, grouped by that reading. Used by the details panel.
 */
import type { GraphIndex } from './graphIndex';
import { RELATION_FAMILIES, type RelationFamily } from './relations';
import type { DatasetEdge, DatasetEvent } from './schema';

export interface RelationReading {
  edge: DatasetEdge;
  /** The entity at the other end (the entity itself for a self-loop). */
  otherId: string;
}

export interface RelationReadingGroup {
  /** Unique per group: relation key and direction. */
  key: string;
  /** The relation as read from the entity: its label, or its inverse label for incoming links. */
  reading: string;
  family: RelationFamily;
  items: RelationReading[];
}

export function groupRelationsOfEntity(index: GraphIndex, nodeId: string): RelationReadingGroup[] {
  const groups = new Map<string, RelationReadingGroup>();
  for (const edgeId of index.edgesByNode.get(nodeId) ?? []) {
    const edge = index.edgesById.get(edgeId);
    if (!edge) continue;
    const type = index.relationOf(edge);
    const outgoing = edge.source === nodeId;
    const reads = outgoing || type.symmetric === true ? 'out' : 'in';
    const key = `${edge.relation}:${reads}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        reading: reads === 'out' ? type.label : type.inverseLabel,
        family: type.family,
        items: [],
      };
      groups.set(key, group);
    }
    group.items.push({ edge, otherId: outgoing ? edge.target : edge.source });
  }
  const labelOf = (id: string) => index.nodesById.get(id)?.label ?? id;
  const list = [...groups.values()];
  for (const group of list)
    group.items.sort((a, b) => labelOf(a.otherId).localeCompare(labelOf(b.otherId)));
  return list.sort(
    (a, b) =>
      RELATION_FAMILIES.indexOf(a.family) - RELATION_FAMILIES.indexOf(b.family) ||
      a.reading.localeCompare(b.reading),
  );
}

/** Events the entity took part in or that happened there, oldest first (undated last). */
export function eventsOfEntity(index: GraphIndex, nodeId: string): DatasetEvent[] {
  return index.dataset.events
    .filter((e) => e.participants.includes(nodeId) || e.place === nodeId)
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}
