import { useContext } from 'react';
import type { Selection } from '../../domain/viewState';
import { GraphHandleContext } from '../../graph/GraphCanvas';
import { useLinkboard } from '../../store/store';

/**
 * Selects an entity, relation or event and, for an entity, centres the canvas on it, expanding
 * the collapsed groups it is folded into.
 */
export function useReveal(): (selection: Selection) => void {
  const select = useLinkboard((s) => s.select);
  const revealEntity = useLinkboard((s) => s.revealEntity);
  // The handle is read when revealing, not when rendering: the canvas sets it after mounting.
  const graph = useContext(GraphHandleContext);
  return (selection) => {
    if (selection.kind === 'node') revealEntity(selection.id);
    select(selection);
    if (selection.kind === 'node') graph.current?.centerOn(selection.id);
  };
}
