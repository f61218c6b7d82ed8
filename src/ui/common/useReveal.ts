import { useContext } from 'react';
import type { Selection } from '../../domain/viewState';
import { GraphHandleContext } from '../../graph/GraphCanvas';
import { useLinkboard } from '../../store/store';

/** Selects an entity, relation or event and, for an entity, centres the canvas on it. */
export function useReveal(): (selection: Selection) => void {
  const select = useLinkboard((s) => s.select);
  // The handle is read when revealing, not when rendering: the canvas sets it after mounting.
  const graph = useContext(GraphHandleContext);
  return (selection) => {
    select(selection);
    if (selection.kind === 'node') graph.current?.centerOn(selection.id);
  };
}
