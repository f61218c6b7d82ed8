/** Between the items quotes back (edit targets) and what the canvas selects, and their names. */
import type { EditTarget } from '../../domain/edits';
import type { GraphIndex } from '../../domain/graphIndex';
import { relationSentence, sentenceText } from '../../domain/relationSentences';
import type { Selection } from '../../domain/viewState';

export function selectionOf(target: EditTarget): Selection {
  if (target.kind === 'entity') return { kind: 'node', id: target.id };
  if (target.kind === 'relation') return { kind: 'edge', id: target.id };
  return { kind: 'event', id: target.id };
}

export function targetOf(selection: Selection): EditTarget {
  if (selection.kind === 'node') return { kind: 'entity', id: selection.id };
  if (selection.kind === 'edge') return { kind: 'relation', id: selection.id };
  return { kind: 'event', id: selection.id };
}

export function sameTarget(a: EditTarget, b: EditTarget | null): boolean {
  return b !== null && a.kind === b.kind && a.id === b.id;
}

/** An item as a reader names it: an entity's label, a relation's sentence, an event's title. */
export function targetName(index: GraphIndex, target: EditTarget): string | null {
  if (target.kind === 'entity') return index.nodesById.get(target.id)?.label ?? null;
  if (target.kind === 'event') return index.eventsById.get(target.id)?.title ?? null;
  const edge = index.edgesById.get(target.id);
  return edge ? sentenceText(index, relationSentence(index, edge)) : null;
}
