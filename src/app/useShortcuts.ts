import { useContext, useEffect } from 'react';
import { GraphHandleContext } from '../graph/GraphCanvas';
import { useLinkboardStore } from '../store/store';
import { shortcutFor } from './shortcuts';

/** Listens for the registered keyboard shortcuts on the whole window while mounted. */
export function useShortcuts(): void {
  const store = useLinkboardStore();
  const graph = useContext(GraphHandleContext);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      event.preventDefault();
      shortcut.perform({ store, graph: graph.current });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, graph]);
}
